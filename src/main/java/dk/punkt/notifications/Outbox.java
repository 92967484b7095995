package dk.punkt.notifications;

import dk.punkt.notifications.internal.OutboxMessage;
import dk.punkt.notifications.internal.OutboxMessageRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox: messages are queued in the caller's transaction (so a message exists exactly when what it tells about
 * was committed) and sent later by {@code OutboxSender}. Any module may queue; the text is plain, and a message may
 * carry a one-click unsubscribe address for subscriptions.
 */
@Service
@Transactional(readOnly = true)
public class Outbox {

    /** After this many failed attempts a message is given up (and shown as failed). */
    public static final int MAX_ATTEMPTS = 6;

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final OutboxMessageRepository messages;
    private final Clock clock;

    Outbox(OutboxMessageRepository messages, ObjectProvider<Clock> clock) {
        this.messages = messages;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Queues a message.
     *
     * @param unsubscribeUrl a one-click unsubscribe address (List-Unsubscribe), or null
     * @throws IllegalArgumentException naming the field that is missing or malformed
     */
    @Transactional
    public OutboxMessageView queue(String recipient, String subject, String body, String unsubscribeUrl) {
        if (recipient == null || !ADDRESS.matcher(recipient.strip()).matches()) {
            throw new IllegalArgumentException("Outbox: recipient '" + recipient + "' is not an e-mail address");
        }
        if (subject == null || subject.isBlank() || subject.length() > 300) {
            throw new IllegalArgumentException("Outbox: subject must be 1–300 characters (to " + recipient + ")");
        }
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("Outbox: body is missing (to " + recipient + ")");
        }
        return messages.save(new OutboxMessage(recipient.strip(), subject.strip(), body, unsubscribeUrl, now()))
                .toView();
    }

    /** The newest messages first. */
    public List<OutboxMessageView> findRecent(int limit) {
        return messages.findByOrderByIdDesc(Limit.of(Math.max(1, limit))).stream()
                .map(OutboxMessage::toView)
                .toList();
    }

    public List<OutboxMessageView> findByRecipient(String recipient) {
        return messages.findByRecipientOrderByIdAsc(recipient).stream()
                .map(OutboxMessage::toView)
                .toList();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
