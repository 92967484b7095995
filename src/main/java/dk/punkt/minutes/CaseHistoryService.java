package dk.punkt.minutes;

import dk.punkt.cases.CaseFile;
import dk.punkt.cases.CaseFileService;
import dk.punkt.cases.CaseNumber;
import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.items.ItemService;
import dk.punkt.items.ItemView;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingView;
import dk.punkt.minutes.internal.ItemPostponement;
import dk.punkt.minutes.internal.ItemPostponementRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Case history across meetings, composed above items and meetings (cases may not use items, see decisions.md). */
@Service
@Transactional(readOnly = true)
public class CaseHistoryService {

    private final ItemService items;
    private final MeetingService meetings;
    private final CommitteeService committees;
    private final DecisionService decisions;
    private final CaseFileService caseFiles;
    private final ItemPostponementRepository postponements;
    private final ReferralLookup referrals;

    CaseHistoryService(
            ItemService items,
            MeetingService meetings,
            CommitteeService committees,
            DecisionService decisions,
            CaseFileService caseFiles,
            ItemPostponementRepository postponements,
            ReferralLookup referrals) {
        this.items = items;
        this.meetings = meetings;
        this.committees = committees;
        this.decisions = decisions;
        this.caseFiles = caseFiles;
        this.postponements = postponements;
        this.referrals = referrals;
    }

    /**
     * Every item with the case number, once per meeting that dealt with it (a postponed item appears at the meeting
     * that postponed it and at the later one), in meeting date order; items on no meeting come last.
     */
    public CaseHistory history(CaseNumber number) {
        Objects.requireNonNull(number, "case number");
        List<ItemView> found = items.findByCaseNumber(number);
        Map<Long, List<ItemPostponement>> postponed = new HashMap<>();
        if (!found.isEmpty()) {
            for (ItemPostponement p : postponements.findByItemIdIn(
                    found.stream().map(ItemView::id).toList())) {
                postponed.computeIfAbsent(p.itemId(), k -> new ArrayList<>()).add(p);
            }
        }
        Map<Long, Optional<MeetingView>> meetingCache = new HashMap<>();
        Function<Long, MeetingView> meeting =
                id -> meetingCache.computeIfAbsent(id, meetings::find).orElse(null);
        Map<Long, String> committeeNames = new HashMap<>();
        Function<Long, String> committeeName = id -> committeeNames.computeIfAbsent(
                id, k -> committees.find(k).map(CommitteeView::name).orElse(""));
        List<CaseHistory.Entry> entries = new ArrayList<>();
        for (ItemView item : found) {
            Long referredFrom = referrals.referredFrom(item.id());
            boolean currentCovered = false;
            for (ItemPostponement p : postponed.getOrDefault(item.id(), List.of())) {
                MeetingView at = meeting.apply(p.meetingId());
                currentCovered |= Objects.equals(item.meetingId(), p.meetingId());
                entries.add(new CaseHistory.Entry(
                        item,
                        committeeName.apply(item.committeeId()),
                        at,
                        decisions.findAt(item.id(), p.meetingId()).orElse(null),
                        true,
                        referredFrom));
            }
            if (!currentCovered) {
                MeetingView at = item.meetingId() == null ? null : meeting.apply(item.meetingId());
                entries.add(new CaseHistory.Entry(
                        item,
                        committeeName.apply(item.committeeId()),
                        at,
                        at == null
                                ? decisions.find(item.id()).orElse(null)
                                : decisions.findAt(item.id(), at.id()).orElse(null),
                        false,
                        referredFrom));
            }
        }
        entries.sort(Comparator.comparing((CaseHistory.Entry e) ->
                        e.meeting() == null ? LocalDate.MAX : e.meeting().date())
                .thenComparing(e -> e.meeting() == null || e.meeting().startTime() == null
                        ? java.time.LocalTime.MAX
                        : e.meeting().startTime())
                .thenComparing(e -> e.item().id()));
        String title = caseFiles.find(number).map(CaseFile::title).orElse(null);
        return new CaseHistory(number.toString(), title, List.copyOf(entries));
    }
}
