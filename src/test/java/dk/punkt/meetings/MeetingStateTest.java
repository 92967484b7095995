package dk.punkt.meetings;

import static dk.punkt.meetings.MeetingState.AFHOLDT;
import static dk.punkt.meetings.MeetingState.DAGSORDEN_UDSENDT;
import static dk.punkt.meetings.MeetingState.PLANLAGT;
import static dk.punkt.meetings.MeetingState.REFERAT_GODKENDT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeetingStateTest {

    @Test
    void eachStateMayOnlyBecomeTheNext() {
        assertThat(PLANLAGT.canBecome(DAGSORDEN_UDSENDT)).isTrue();
        assertThat(DAGSORDEN_UDSENDT.canBecome(AFHOLDT)).isTrue();
        assertThat(AFHOLDT.canBecome(REFERAT_GODKENDT)).isTrue();
    }

    @Test
    void noSkippingNoGoingBackNoStayingPut() {
        assertThat(PLANLAGT.canBecome(AFHOLDT)).isFalse();
        assertThat(PLANLAGT.canBecome(REFERAT_GODKENDT)).isFalse();
        assertThat(DAGSORDEN_UDSENDT.canBecome(REFERAT_GODKENDT)).isFalse();
        assertThat(REFERAT_GODKENDT.canBecome(AFHOLDT)).isFalse();
        assertThat(AFHOLDT.canBecome(PLANLAGT)).isFalse();
        for (MeetingState s : MeetingState.values()) {
            assertThat(s.canBecome(s)).as(s.name()).isFalse();
            assertThat(REFERAT_GODKENDT.canBecome(s)).as(s.name()).isFalse();
        }
    }

    @Test
    void onlyPlannedMeetingsAreUnpublished() {
        assertThat(PLANLAGT.isPublished()).isFalse();
        assertThat(DAGSORDEN_UDSENDT.isPublished()).isTrue();
        assertThat(AFHOLDT.isPublished()).isTrue();
        assertThat(REFERAT_GODKENDT.isPublished()).isTrue();
    }
}
