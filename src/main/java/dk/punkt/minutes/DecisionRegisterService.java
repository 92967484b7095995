package dk.punkt.minutes;

import dk.punkt.items.ItemType;
import dk.punkt.items.ItemView;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingState;
import dk.punkt.meetings.MeetingView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The decision register (beslutningsprotokol) of a committee: every decision, newest meeting first, filterable. */
@Service
@Transactional(readOnly = true)
public class DecisionRegisterService {

    private final MeetingService meetings;
    private final MinutesService minutes;
    private final DecisionService decisions;

    DecisionRegisterService(MeetingService meetings, MinutesService minutes, DecisionService decisions) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.decisions = decisions;
    }

    /**
     * Filters; null means any. {@code caseNumber} matches from the start ("00.01" finds "00.01.00-A00-32-24").
     *
     * @param approvedOnly only meetings whose minutes are approved (what readers outside the staff may see)
     */
    public record Filter(Integer year, Outcome outcome, ItemType type, String caseNumber, boolean approvedOnly) {}

    /** One decision in the register. */
    public record Entry(MeetingView meeting, int number, ItemView item, DecisionView decision) {}

    public List<Entry> register(long committeeId, Filter filter) {
        List<Entry> entries = new ArrayList<>();
        for (MeetingView meeting : meetings.findByCommittee(committeeId)) {
            if (meeting.state() == MeetingState.PLANLAGT
                    || (filter.approvedOnly() && meeting.state() != MeetingState.REFERAT_GODKENDT)
                    || (filter.year() != null && meeting.date().getYear() != filter.year())) {
                continue;
            }
            List<ItemView> agenda = minutes.agendaItems(meeting.id());
            Map<Long, DecisionView> byItem = decisions.findForMeeting(
                    meeting.id(), agenda.stream().map(ItemView::id).toList());
            for (int i = 0; i < agenda.size(); i++) {
                ItemView item = agenda.get(i);
                DecisionView decision = byItem.get(item.id());
                if (decision == null
                        || (filter.outcome() != null && decision.outcome() != filter.outcome())
                        || (filter.type() != null && item.type() != filter.type())
                        || (filter.caseNumber() != null
                                && !filter.caseNumber().isBlank()
                                && (item.caseNumber() == null
                                        || !item.caseNumber()
                                                .startsWith(filter.caseNumber().strip())))) {
                    continue;
                }
                entries.add(new Entry(meeting, i + 1, item, decision));
            }
        }
        return List.copyOf(entries);
    }

    /** The years the committee has meetings with decisions in, newest first (for the year filter). */
    public List<Integer> years(long committeeId) {
        return meetings.findByCommittee(committeeId).stream()
                .filter(m -> m.state() != MeetingState.PLANLAGT)
                .map(m -> m.date().getYear())
                .distinct()
                .toList();
    }
}
