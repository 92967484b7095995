package dk.punkt.notifications;

import java.time.Instant;

/** One queued e-mail and how sending it went. */
public record OutboxMessageView(
        long id,
        String recipient,
        String subject,
        String body,
        Instant createdAt,
        Instant sentAt,
        int attempts,
        String lastError) {

    public boolean sent() {
        return sentAt != null;
    }

    /** Given up after too many failed attempts. */
    public boolean failed() {
        return sentAt == null && attempts >= Outbox.MAX_ATTEMPTS;
    }
}
