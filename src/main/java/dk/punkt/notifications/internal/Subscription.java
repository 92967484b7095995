package dk.punkt.notifications.internal;

import dk.punkt.notifications.SubscriptionView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A citizen's subscription to one committee's agendas and/or minutes. Double opt-in: a request stores the wanted
 * choices as pending with the hash of a confirmation token; only confirming applies them, so nobody can subscribe
 * or change someone else's choices without access to their mailbox. Not audited: an unsubscribed address is deleted.
 */
@Entity
@Table(name = "subscription")
public class Subscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "committee_id", nullable = false)
    private long committeeId;

    @Column(nullable = false, length = 254)
    private String email;

    /** Confirmed choices: what the subscriber receives. */
    @Column(nullable = false)
    private boolean agendas;

    @Column(nullable = false)
    private boolean minutes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    /** Choices waiting for confirmation. */
    @Column(name = "pending_agendas", nullable = false)
    private boolean pendingAgendas;

    @Column(name = "pending_minutes", nullable = false)
    private boolean pendingMinutes;

    @Column(name = "confirm_token_hash", length = 64)
    private String confirmTokenHash;

    @Column(name = "confirm_expires_at")
    private Instant confirmExpiresAt;

    @Column(name = "confirmation_sent_at")
    private Instant confirmationSentAt;

    @Column(name = "unsubscribe_token", nullable = false, length = 64)
    private String unsubscribeToken;

    @Version
    private long version;

    protected Subscription() {}

    /** A new, unconfirmed subscription whose confirmation mail is sent now. */
    static Subscription requested(
            long committeeId,
            String email,
            boolean agendas,
            boolean minutes,
            String confirmTokenHash,
            String unsubscribeToken,
            Instant now,
            Duration validity) {
        Subscription s = new Subscription();
        s.committeeId = committeeId;
        s.email = Objects.requireNonNull(email, "email");
        s.createdAt = now;
        s.unsubscribeToken = Objects.requireNonNull(unsubscribeToken, "unsubscribeToken");
        s.request(agendas, minutes, confirmTokenHash, now, validity);
        return s;
    }

    /**
     * Whether a new confirmation mail may go out: not within {@code pause} of the last one, so that repeated
     * requests cannot flood a mailbox.
     */
    boolean mayRequestAgain(Instant now, Duration pause) {
        return confirmationSentAt == null || !now.isBefore(confirmationSentAt.plus(pause));
    }

    /** New choices waiting for confirmation; an earlier unconfirmed token stops working. */
    void request(boolean agendas, boolean minutes, String confirmTokenHash, Instant now, Duration validity) {
        if (!agendas && !minutes) {
            throw new IllegalArgumentException("Subscription " + id + ": choose agendas, minutes or both");
        }
        this.pendingAgendas = agendas;
        this.pendingMinutes = minutes;
        this.confirmTokenHash = Objects.requireNonNull(confirmTokenHash, "confirmTokenHash");
        this.confirmExpiresAt = now.plus(validity);
        this.confirmationSentAt = now;
    }

    /** Whether the confirmation token (if any) may still be used at {@code now}. */
    boolean awaitsConfirmation(Instant now) {
        return confirmTokenHash != null && now.isBefore(confirmExpiresAt);
    }

    /** Applies the pending choices. */
    void confirm(Instant now) {
        if (!awaitsConfirmation(now)) {
            throw new IllegalStateException(
                    "Subscription " + id + " has no confirmation waiting (or it expired at " + confirmExpiresAt + ")");
        }
        agendas = pendingAgendas;
        minutes = pendingMinutes;
        confirmedAt = now;
        clearPending();
    }

    /** An expired request of a confirmed subscription: the old choices stay. */
    void clearPending() {
        confirmTokenHash = null;
        confirmExpiresAt = null;
        pendingAgendas = false;
        pendingMinutes = false;
    }

    boolean confirmed() {
        return confirmedAt != null;
    }

    boolean receivesAgendas() {
        return confirmed() && agendas;
    }

    boolean receivesMinutes() {
        return confirmed() && minutes;
    }

    long committeeId() {
        return committeeId;
    }

    String email() {
        return email;
    }

    String unsubscribeToken() {
        return unsubscribeToken;
    }

    public SubscriptionView toView() {
        boolean pending = confirmTokenHash != null;
        return new SubscriptionView(
                id == null ? 0 : id,
                committeeId,
                email,
                confirmed(),
                agendas && confirmed(),
                minutes && confirmed(),
                pending && pendingAgendas,
                pending && pendingMinutes);
    }
}
