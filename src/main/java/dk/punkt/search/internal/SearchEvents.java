package dk.punkt.search.internal;

import dk.punkt.meetings.AgendaCorrected;
import dk.punkt.meetings.AgendaPublished;
import dk.punkt.meetings.MeetingHeld;
import dk.punkt.meetings.MinutesApproved;
import dk.punkt.meetings.MinutesCorrected;
import dk.punkt.meetings.SupplementaryAgendaPublished;
import dk.punkt.publishing.DocumentFrozen;
import dk.punkt.search.SearchIndexer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Reindexes a meeting when it changes state, after the change committed (in a transaction of its own, through
 * {@link SearchIndexer}). A failure is logged and never undoes the meeting's change; {@code reindex} repairs.
 */
@Component
class SearchEvents {

    private static final Logger log = LoggerFactory.getLogger(SearchEvents.class);

    private final SearchIndexer indexer;

    SearchEvents(SearchIndexer indexer) {
        this.indexer = indexer;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AgendaPublished event) {
        reindex(event.meetingId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(MeetingHeld event) {
        reindex(event.meetingId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(MinutesApproved event) {
        reindex(event.meetingId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(MinutesCorrected event) {
        reindex(event.meetingId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AgendaCorrected event) {
        reindex(event.meetingId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SupplementaryAgendaPublished event) {
        reindex(event.meetingId());
    }

    /** A bulk writer's deferred rebuild (the import) reuses the document the freeze assembled. */
    @EventListener
    void on(DocumentFrozen event) {
        indexer.frozen(event);
    }

    private void reindex(long meetingId) {
        try {
            // In a new transaction (after commit the finished one is still bound to the thread; joining it would
            // write nothing).
            indexer.reindexMeeting(meetingId);
        } catch (RuntimeException e) {
            log.error("Search entries of meeting {} could not be rebuilt; run reindex", meetingId, e);
        }
    }
}
