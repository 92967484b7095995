package dk.punkt.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);

    private static Subscription requested(boolean agendas, boolean minutes) {
        return Subscription.requested(7, "navn@example.dk", agendas, minutes, "hash", "unsub", T0, WEEK);
    }

    @Test
    void receivesNothingUntilConfirmed() {
        Subscription s = requested(true, true);
        assertThat(s.confirmed()).isFalse();
        assertThat(s.receivesAgendas()).isFalse();
        assertThat(s.receivesMinutes()).isFalse();

        s.confirm(T0.plus(Duration.ofDays(1)));

        assertThat(s.receivesAgendas()).isTrue();
        assertThat(s.receivesMinutes()).isTrue();
        assertThat(s.awaitsConfirmation(T0.plus(Duration.ofDays(1))))
                .as("the link is used up")
                .isFalse();
    }

    @Test
    void anExpiredLinkDoesNotConfirm() {
        Subscription s = requested(true, false);
        assertThat(s.awaitsConfirmation(T0.plus(WEEK))).isFalse();
        assertThatThrownBy(() -> s.confirm(T0.plus(WEEK))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void newChoicesWaitForConfirmationAndTheOldOnesStay() {
        Subscription s = requested(true, false);
        s.confirm(T0);
        Instant later = T0.plus(Duration.ofHours(1));
        s.request(false, true, "hash2", later, WEEK);

        assertThat(s.receivesAgendas())
                .as("until the new choices are confirmed")
                .isTrue();
        assertThat(s.receivesMinutes()).isFalse();
        s.clearPending();
        assertThat(s.receivesAgendas()).isTrue();
        assertThat(s.awaitsConfirmation(later)).isFalse();
    }

    @Test
    void aNewLinkAtMostOncePerPause() {
        Subscription s = requested(true, true);
        Duration pause = Duration.ofMinutes(5);
        assertThat(s.mayRequestAgain(T0.plus(Duration.ofMinutes(4)), pause)).isFalse();
        assertThat(s.mayRequestAgain(T0.plus(pause), pause)).isTrue();
    }

    @Test
    void nothingChosenIsRefused() {
        assertThatThrownBy(() -> requested(false, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("agendas, minutes or both");
    }
}
