package dk.punkt.notifications.internal;

import dk.punkt.notifications.Outbox;
import dk.punkt.notifications.OutboxMessageView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A queued e-mail. Written by the system, not edited by users, so it has neither Envers history nor a version;
 * its sending state follows the rules here: sent once, retried with growing pauses, given up after
 * {@link Outbox#MAX_ATTEMPTS}.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = 1_000_000)
    private String body;

    @Column(name = "unsubscribe_url", length = 1000)
    private String unsubscribeUrl;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    protected OutboxMessage() {}

    public OutboxMessage(String recipient, String subject, String body, String unsubscribeUrl, Instant createdAt) {
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.body = Objects.requireNonNull(body, "body");
        this.unsubscribeUrl = unsubscribeUrl;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.nextAttemptAt = createdAt;
    }

    void markSent(Instant at) {
        if (sentAt != null) {
            throw new IllegalStateException("Outbox message " + id + " was already sent at " + sentAt);
        }
        sentAt = at;
        attempts++;
        lastError = null;
    }

    /** A failed attempt: the next one waits 1, 2, 4 … minutes. */
    void markFailed(String error, Instant at) {
        attempts++;
        lastError = error == null ? "unknown error" : error.length() > 1000 ? error.substring(0, 1000) : error;
        nextAttemptAt = at.plus(Duration.ofMinutes(1L << Math.min(attempts - 1, 10)));
    }

    String recipient() {
        return recipient;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    String unsubscribeUrl() {
        return unsubscribeUrl;
    }

    public OutboxMessageView toView() {
        return new OutboxMessageView(
                id == null ? 0 : id, recipient, subject, body, createdAt, sentAt, attempts, lastError);
    }
}
