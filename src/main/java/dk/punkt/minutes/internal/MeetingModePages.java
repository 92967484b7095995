package dk.punkt.minutes.internal;

import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.items.ItemView;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingState;
import dk.punkt.meetings.MeetingView;
import dk.punkt.minutes.DecisionService;
import dk.punkt.minutes.DecisionView;
import dk.punkt.minutes.FollowUpService;
import dk.punkt.minutes.MeetingModeService;
import dk.punkt.minutes.MinutesService;
import dk.punkt.minutes.PresenceView;
import dk.punkt.minutes.ReferralService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the meeting-mode page from the services (one job: the page's model). */
final class MeetingModePages {

    private final CommitteeService committees;
    private final MeetingService meetings;
    private final DecisionService decisions;
    private final MeetingModeService mode;
    private final FollowUpService followUps;
    private final ReferralService referrals;
    private final MinutesService minutes;

    MeetingModePages(
            CommitteeService committees,
            MeetingService meetings,
            DecisionService decisions,
            MeetingModeService mode,
            FollowUpService followUps,
            ReferralService referrals,
            MinutesService minutes) {
        this.committees = committees;
        this.meetings = meetings;
        this.decisions = decisions;
        this.mode = mode;
        this.followUps = followUps;
        this.referrals = referrals;
        this.minutes = minutes;
    }

    MeetingModePage build(
            MeetingView meeting,
            List<ItemView> agenda,
            int current,
            MeetingModePage.Draft draft,
            MeetingModePage.Conflict conflict) {
        String committee =
                committees.find(meeting.committeeId()).map(CommitteeView::name).orElse("");
        Map<Long, DecisionView> byItem = decisions.findForMeeting(
                meeting.id(), agenda.stream().map(ItemView::id).toList());
        List<MeetingModePage.Row> rows = new ArrayList<>();
        Map<Long, Integer> numbers = new HashMap<>();
        for (int i = 0; i < agenda.size(); i++) {
            ItemView item = agenda.get(i);
            DecisionView d = byItem.get(item.id());
            rows.add(new MeetingModePage.Row(
                    i + 1, item.id(), item.title(), item.closed(), d == null ? null : d.outcome()));
            numbers.put(item.id(), i + 1);
        }
        List<MeetingModePage.Person> people = new ArrayList<>();
        meeting.participants().forEach(a -> people.add(new MeetingModePage.Person(a.name(), a.title(), true)));
        meeting.absent().forEach(a -> people.add(new MeetingModePage.Person(a.name(), a.title(), false)));
        List<MeetingModePage.Presence> presence = new ArrayList<>();
        for (PresenceView p : mode.presence(meeting.id())) {
            presence.add(new MeetingModePage.Presence(p.name(), p.kind(), numbers.getOrDefault(p.itemId(), 0)));
        }
        List<MeetingView> coming = meetings.findByCommittee(meeting.committeeId()).stream()
                .filter(m -> m.id() != meeting.id())
                .filter(m -> m.state() == MeetingState.PLANLAGT || m.state() == MeetingState.DAGSORDEN_UDSENDT)
                .filter(m -> !m.date().isBefore(LocalDate.now()))
                .sorted(java.util.Comparator.comparing(MeetingView::date))
                .toList();
        List<CommitteeView> others = committees.findAll().stream()
                .filter(c -> c.id() != meeting.committeeId())
                .toList();
        if (agenda.isEmpty()) {
            return new MeetingModePage(
                    meeting, committee, rows, 0, null, "", null, -1, "", null, people, presence, List.of(), coming,
                    others, List.of(), List.of());
        }
        ItemView item = agenda.get(current - 1);
        DecisionView decision = byItem.get(item.id());
        String text;
        dk.punkt.minutes.Outcome outcome;
        long version;
        if (draft != null) {
            text = draft.text();
            outcome = draft.outcome();
            version = draft.version() == null ? -1 : draft.version();
        } else {
            text = decision == null ? "" : DecisionText.toPlain(decision.text());
            outcome = decision == null ? null : decision.outcome();
            version = decision == null ? MinutesService.NO_DECISION : decision.version();
        }
        List<MeetingModePage.Referral> referred = referrals.referralsFrom(item.id()).stream()
                .map(r -> new MeetingModePage.Referral(
                        committees
                                .find(r.toCommitteeId())
                                .map(CommitteeView::name)
                                .orElse(""),
                        r.toItemId()))
                .toList();
        return new MeetingModePage(
                meeting,
                committee,
                rows,
                current,
                item,
                text,
                outcome,
                version,
                prefill(committee, item),
                conflict,
                people,
                presence,
                followUps.findByItem(item.id()),
                coming,
                others,
                referred,
                minutes.postponementsOf(item.id()).stream()
                        .filter(p -> p.meetingId() != meeting.id())
                        .toList());
    }

    String prefill(MeetingView meeting, ItemView item) {
        return prefill(
                committees.find(meeting.committeeId()).map(CommitteeView::name).orElse(""), item);
    }

    /** The recommendation as approved; empty for an item without one (a standing item), which gets "Godkendt.". */
    private static String prefill(String committee, ItemView item) {
        if (item.recommendation() == null || item.recommendation().clauses().isEmpty()) {
            return "";
        }
        return DecisionText.approvedRecommendation(
                committee, item.recommendation().clauses());
    }
}
