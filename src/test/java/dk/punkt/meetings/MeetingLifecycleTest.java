package dk.punkt.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.punkt.meetings.MeetingView.AgendaRow;
import dk.punkt.meetings.MeetingView.Attendee;
import dk.punkt.meetings.internal.Meeting;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The meeting entity itself guards its lifecycle, whoever calls it. */
class MeetingLifecycleTest {

    private static final Instant PUBLISHED = Instant.parse("2024-05-30T08:00:00Z");
    private static final Instant APPROVED = Instant.parse("2024-06-10T08:00:00Z");

    private static Meeting planned() {
        return new Meeting(
                1L,
                LocalDate.of(2024, 6, 6),
                LocalTime.of(9, 0),
                LocalTime.of(12, 0),
                "Mødelokale 1",
                List.of(new Attendee("Henrik Harder", "Kommunaldirektør")),
                List.of(new Attendee("Rikke Hansen", "Direktør")));
    }

    @Test
    void aNewMeetingIsPlanned() {
        Meeting view = planned();
        assertThat(view.getState()).isEqualTo(MeetingState.PLANLAGT);
        assertThat(view.participants()).containsExactly(new Attendee("Henrik Harder", "Kommunaldirektør"));
        assertThat(view.absent()).containsExactly(new Attendee("Rikke Hansen", "Direktør"));
        assertThat(view.getAgendaPublishedAt()).isNull();
    }

    @Test
    void allowsTheWholeChain() {
        Meeting meeting = planned();
        meeting.publishAgenda(PUBLISHED);
        assertThat(meeting.getState()).isEqualTo(MeetingState.DAGSORDEN_UDSENDT);
        meeting.markHeld();
        assertThat(meeting.getState()).isEqualTo(MeetingState.AFHOLDT);
        meeting.approveMinutes(APPROVED);
        assertThat(meeting.getState()).isEqualTo(MeetingState.REFERAT_GODKENDT);
        assertThat(meeting.getAgendaPublishedAt()).isEqualTo(PUBLISHED);
        assertThat(meeting.getMinutesApprovedAt()).isEqualTo(APPROVED);
    }

    @Test
    void refusesSkippingAhead() {
        Meeting meeting = planned();
        assertThatThrownBy(meeting::markHeld)
                .isInstanceOf(MeetingStateException.class)
                .hasMessageContaining("PLANLAGT")
                .hasMessageContaining("AFHOLDT");
        assertThatThrownBy(() -> meeting.approveMinutes(APPROVED))
                .isInstanceOfSatisfying(MeetingStateException.class, e -> {
                    assertThat(e.current()).isEqualTo(MeetingState.PLANLAGT);
                    assertThat(e.wanted()).isEqualTo(MeetingState.REFERAT_GODKENDT);
                });
        assertThat(meeting.getState()).isEqualTo(MeetingState.PLANLAGT);
        assertThat(meeting.getMinutesApprovedAt()).isNull();
    }

    @Test
    void refusesGoingBackOrRepeating() {
        Meeting meeting = planned();
        meeting.publishAgenda(PUBLISHED);
        meeting.markHeld();
        assertThatThrownBy(() -> meeting.publishAgenda(PUBLISHED))
                .isInstanceOf(MeetingStateException.class)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AFHOLDT")
                .hasMessageContaining("DAGSORDEN_UDSENDT");
        assertThatThrownBy(meeting::markHeld).isInstanceOf(MeetingStateException.class);
        assertThat(meeting.getState()).isEqualTo(MeetingState.AFHOLDT);
    }

    @Test
    void approvedMinutesAreFinal() {
        Meeting meeting = planned();
        meeting.replaceAgenda(List.of(AgendaRow.item(7), AgendaRow.pause(5), AgendaRow.item(8)));
        meeting.publishAgenda(PUBLISHED);
        meeting.markHeld();
        meeting.replaceAgenda(List.of(AgendaRow.item(8), AgendaRow.item(7))); // still allowed after the meeting
        meeting.approveMinutes(APPROVED);

        assertThatThrownBy(() -> meeting.replaceAgenda(List.of()))
                .isInstanceOf(MeetingStateException.class)
                .hasMessageContaining("REFERAT_GODKENDT")
                .hasMessageContaining("agenda");
        assertThatThrownBy(() -> meeting.replaceAttendance(List.of(), List.of()))
                .isInstanceOf(MeetingStateException.class);
        assertThatThrownBy(() -> meeting.approveMinutes(APPROVED))
                .isInstanceOf(MeetingStateException.class)
                .hasMessageContaining("final state");
        assertThat(meeting.agendaRows()).containsExactly(AgendaRow.item(8), AgendaRow.item(7));
    }
}
