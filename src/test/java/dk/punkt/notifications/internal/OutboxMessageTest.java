package dk.punkt.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.punkt.notifications.Outbox;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    private final Instant t0 = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void failedAttemptsWaitLongerEachTimeAndAreGivenUpAtLast() throws Exception {
        OutboxMessage message = new OutboxMessage("a@b.dk", "Emne", "Tekst", null, t0);
        message.markFailed("Connection refused", t0);
        assertThat(nextAttempt(message)).isEqualTo(t0.plusSeconds(60));
        message.markFailed("Connection refused", t0);
        assertThat(nextAttempt(message)).isEqualTo(t0.plusSeconds(120));
        for (int i = 2; i < Outbox.MAX_ATTEMPTS; i++) {
            message.markFailed("Connection refused", t0);
        }
        assertThat(message.toView().failed()).isTrue();
        assertThat(message.toView().lastError()).isEqualTo("Connection refused");
    }

    @Test
    void aMessageIsSentOnce() {
        OutboxMessage message = new OutboxMessage("a@b.dk", "Emne", "Tekst", null, t0);
        message.markSent(t0);
        assertThat(message.toView().sent()).isTrue();
        assertThatThrownBy(() -> message.markSent(t0)).hasMessageContaining("already sent");
    }

    private static Instant nextAttempt(OutboxMessage message) throws Exception {
        var field = OutboxMessage.class.getDeclaredField("nextAttemptAt");
        field.setAccessible(true);
        return (Instant) field.get(message);
    }
}
