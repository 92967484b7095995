package dk.punkt.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A meeting as other modules and views see it; the agenda rows are in order. */
public record MeetingView(
        long id,
        long committeeId,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        String location,
        MeetingState state,
        List<Attendee> participants,
        List<Attendee> absent,
        List<AgendaRow> agenda,
        Instant agendaPublishedAt,
        Instant minutesApprovedAt,
        long version,
        Instant cancelledAt,
        String cancelReason,
        Instant agendaChangedAt,
        List<Long> unpublishedItemIds) {

    /** Cancelled meetings (aflyst) keep their state; nothing more happens to them. */
    public boolean cancelled() {
        return cancelledAt != null;
    }

    /** A person at (or away from) the meeting, as printed: "Henrik Harder (Kommunaldirektør)". */
    public record Attendee(String name, String title) {}

    /** One row of the agenda: an item, or a pause of some minutes. Exactly one of the two is set. */
    public record AgendaRow(Long itemId, Integer pauseMinutes) {

        public AgendaRow {
            if ((itemId == null) == (pauseMinutes == null)) {
                throw new IllegalArgumentException("An agenda row is either an item or a pause");
            }
            if (pauseMinutes != null && pauseMinutes <= 0) {
                throw new IllegalArgumentException("A pause lasts at least one minute, not " + pauseMinutes);
            }
        }

        public static AgendaRow item(long itemId) {
            return new AgendaRow(itemId, null);
        }

        public static AgendaRow pause(int minutes) {
            return new AgendaRow(null, minutes);
        }

        public boolean isPause() {
            return pauseMinutes != null;
        }
    }
}
