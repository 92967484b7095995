package dk.punkt.notifications.internal;

import dk.punkt.notifications.Outbox;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends due outbox messages by SMTP through Spring's {@link JavaMailSender}, which exists when {@code spring.mail.host}
 * is set. Without it nothing is sent and the messages wait, readable at /udbakke. A failure is recorded on the
 * message and retried later with growing pauses.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 50;

    private final OutboxMessageRepository messages;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final String from;

    OutboxSender(
            OutboxMessageRepository messages,
            ObjectProvider<JavaMailSender> mail,
            ObjectProvider<Clock> clock,
            @Value("${punkt.mail.from:punkt@localhost}") String from) {
        this.messages = messages;
        this.mail = mail;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.from = from;
    }

    /** Whether a mail server is configured. */
    public boolean enabled() {
        return mail.getIfAvailable() != null;
    }

    @Scheduled(
            fixedDelayString = "${punkt.outbox.interval:PT30S}",
            initialDelayString = "${punkt.outbox.interval:PT30S}")
    void scheduled() {
        if (enabled()) {
            int sent = sendDue();
            if (sent > 0) {
                log.info("Outbox: sent {} message(s)", sent);
            }
        }
    }

    /** Sends the messages whose turn has come; returns how many went out. */
    @Transactional
    public synchronized int sendDue() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (OutboxMessage message : messages.findDue(Outbox.MAX_ATTEMPTS, clock.instant(), Limit.of(BATCH))) {
            try {
                MimeMessage mime = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
                helper.setFrom(from);
                helper.setTo(message.recipient());
                helper.setSubject(message.subject());
                helper.setText(message.body(), false);
                if (message.unsubscribeUrl() != null) {
                    mime.setHeader("List-Unsubscribe", "<" + message.unsubscribeUrl() + ">");
                    mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
                }
                sender.send(mime);
                message.markSent(clock.instant().truncatedTo(ChronoUnit.MICROS));
                sent++;
            } catch (MailException | jakarta.mail.MessagingException e) {
                log.warn("Outbox: sending message to {} failed: {}", message.recipient(), e.getMessage());
                message.markFailed(e.getMessage(), clock.instant().truncatedTo(ChronoUnit.MICROS));
            }
        }
        messages.flush();
        return sent;
    }
}
