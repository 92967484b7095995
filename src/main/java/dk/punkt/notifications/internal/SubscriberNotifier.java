package dk.punkt.notifications.internal;

import dk.punkt.committees.Audience;
import dk.punkt.meetings.AgendaCorrected;
import dk.punkt.meetings.AgendaPublished;
import dk.punkt.meetings.MeetingCancelled;
import dk.punkt.meetings.MinutesApproved;
import dk.punkt.meetings.MinutesCorrected;
import dk.punkt.meetings.SupplementaryAgendaPublished;
import dk.punkt.notifications.Outbox;
import dk.punkt.notifications.internal.SubscriberMessages.Message;
import dk.punkt.notifications.internal.SubscriberMessages.Notice;
import dk.punkt.publishing.MeetingDocument;
import dk.punkt.publishing.MeetingDocumentService;
import dk.punkt.publishing.PublicLinks;
import dk.punkt.support.TransactionBound;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells a committee's confirmed subscribers about its agendas (published, corrected, supplemented, meeting
 * cancelled) and minutes (approved, corrected), with the public meeting link and public content only. Queued in the
 * publishing transaction just before it commits, like {@link AgendaNotifier}; each message carries the subscriber's
 * one-click unsubscribe address, which the outbox sends as List-Unsubscribe (RFC 8058).
 */
@Component
class SubscriberNotifier {

    /** Minutes of meetings older than this are history being imported, not news. */
    static final int MINUTES_NEWS_DAYS = 90;

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private final Outbox outbox;
    private final SubscriptionRepository subscriptions;
    private final SubscriptionStore store;
    private final MeetingDocumentService documents;
    private final PublicLinks links;
    private final Clock clock;
    private final EntityManager entityManager;

    SubscriberNotifier(
            Outbox outbox,
            SubscriptionRepository subscriptions,
            SubscriptionStore store,
            MeetingDocumentService documents,
            PublicLinks links,
            ObjectProvider<Clock> clock,
            EntityManager entityManager) {
        this.outbox = outbox;
        this.subscriptions = subscriptions;
        this.store = store;
        this.documents = documents;
        this.links = links;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.entityManager = entityManager;
    }

    @Transactional
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AgendaPublished event) {
        agendaNews(event.meetingId(), event.committeeId(), Notice.AGENDA, null, null);
    }

    @Transactional
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AgendaCorrected event) {
        agendaNews(event.meetingId(), event.committeeId(), Notice.AGENDA_CORRECTED, event.reason(), null);
    }

    @Transactional
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(SupplementaryAgendaPublished event) {
        agendaNews(event.meetingId(), event.committeeId(), Notice.SUPPLEMENT, null, event.itemIds());
    }

    /** The cancel reason is not shown on the public site, so it is not mailed either. */
    @Transactional
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(MeetingCancelled event) {
        if (!hasSubscribers(event.committeeId())) {
            return;
        }
        MeetingDocument document = document(event.meetingId());
        if (document.date().isBefore(today())) {
            return;
        }
        Message message = SubscriberMessages.meetingNotice(
                Notice.CANCELLED, document, null, null, links.committee(event.committeeId()));
        send(event.committeeId(), document.committee(), message, s -> s.receivesAgendas() || s.receivesMinutes());
    }

    @Transactional
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(MinutesApproved event) {
        minutesNews(event.meetingId(), event.committeeId(), Notice.MINUTES, null);
    }

    @Transactional
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(MinutesCorrected event) {
        minutesNews(event.meetingId(), event.committeeId(), Notice.MINUTES_CORRECTED, event.reason());
    }

    private void agendaNews(long meetingId, long committeeId, Notice notice, String reason, Collection<Long> items) {
        if (!hasSubscribers(committeeId)) {
            return; // most committees have no subscribers: do not assemble the document for nobody
        }
        MeetingDocument document = document(meetingId);
        if (document.date().isBefore(today())) {
            return; // an imported agenda of a past meeting is no news
        }
        Message message = SubscriberMessages.meetingNotice(notice, document, reason, items, links.meeting(meetingId));
        send(committeeId, document.committee(), message, Subscription::receivesAgendas);
    }

    private void minutesNews(long meetingId, long committeeId, Notice notice, String reason) {
        if (!hasSubscribers(committeeId)) {
            return;
        }
        MeetingDocument document = document(meetingId);
        if (document.date().isBefore(today().minusDays(MINUTES_NEWS_DAYS))) {
            return; // importing old minutes must not mail every subscriber
        }
        Message message = SubscriberMessages.meetingNotice(notice, document, reason, null, links.meeting(meetingId));
        send(committeeId, document.committee(), message, Subscription::receivesMinutes);
    }

    private void send(long committeeId, String committee, Message message, Predicate<Subscription> wants) {
        List<Subscription> recipients =
                subscriptions.findConfirmed(committeeId).stream().filter(wants).toList();
        for (Subscription s : recipients) {
            String unsubscribe = store.unsubscribeUrl(s.unsubscribeToken());
            String body = message.body()
                    + SubscriberMessages.footer(committee, s.receivesAgendas(), s.receivesMinutes(), unsubscribe);
            outbox.queue(s.email(), message.subject(), body, unsubscribe);
        }
    }

    /**
     * Whether the committee has confirmed subscribers, asked once per committee and transaction: an import publishes
     * fifty meetings of usually one committee in one transaction, and each question is a query (an auto-flush of the
     * whole session first, a round trip on PostgreSQL). Subscriptions are confirmed and cancelled in requests of their
     * own, never in a transaction that publishes meetings, so the answer cannot change within one.
     */
    private boolean hasSubscribers(long committeeId) {
        Map<Long, Boolean> known = TransactionBound.map(this, entityManager);
        return known.computeIfAbsent(committeeId, subscriptions::existsByCommitteeIdAndConfirmedAtIsNotNull);
    }

    private MeetingDocument document(long meetingId) {
        return documents
                .forMeeting(meetingId, Audience.PUBLIC)
                .orElseThrow(() -> new IllegalStateException("Meeting " + meetingId + " of an event does not exist"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DANISH_TIME));
    }
}
