package dk.punkt.search.internal;

import dk.punkt.items.AppendixAdded;
import dk.punkt.items.ItemService;
import dk.punkt.items.ItemView;
import dk.punkt.minutes.DecisionRecorded;
import dk.punkt.search.SearchIndexer;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Updates an item's search entry when its decision is recorded or changed, or an appendix is added: after the change
 * committed, on a background thread of the module's own (a decision is autosaved in meeting mode, so the request
 * must not wait for a meeting's rebuild). Changes that arrive while the thread is busy are coalesced: each meeting is
 * rebuilt once per batch. A failed rebuild (say, a concurrent rebuild of the same meeting inserted the same new
 * entry) is retried once, then logged; {@code reindex} repairs.
 */
@Component
class SearchUpdates {

    private static final Logger log = LoggerFactory.getLogger(SearchUpdates.class);

    /** An item whose entry is stale, and the meeting the change belongs to when the event knows it. */
    private record Change(long itemId, Long meetingId) {}

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "search-update");
        thread.setDaemon(true);
        return thread;
    });

    private final ConcurrentLinkedQueue<Change> pending = new ConcurrentLinkedQueue<>();
    private final SearchIndexer indexer;
    private final SearchEntryRepository entries;
    private final ItemService items;

    SearchUpdates(SearchIndexer indexer, SearchEntryRepository entries, ItemService items) {
        this.indexer = indexer;
        this.entries = entries;
        this.items = items;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DecisionRecorded event) {
        // A bulk writer on this thread rebuilds its meetings itself when it is done (SearchIndexer).
        if (event.meetingId() != null && indexer.defer(event.meetingId())) {
            return;
        }
        schedule(new Change(event.itemId(), event.meetingId()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AppendixAdded event) {
        schedule(new Change(event.itemId(), null));
    }

    private void schedule(Change change) {
        pending.add(change);
        executor.execute(this::drain);
    }

    private void drain() {
        List<Change> changes = new ArrayList<>();
        for (Change change = pending.poll(); change != null; change = pending.poll()) {
            changes.add(change);
        }
        Set<Long> meetings = new LinkedHashSet<>();
        for (Change change : changes) {
            try {
                meetings.addAll(meetingsOf(change));
            } catch (RuntimeException e) {
                log.warn("Cannot tell which meeting item {} belongs to: {}", change.itemId(), e.toString());
            }
        }
        for (long meetingId : meetings) {
            rebuild(meetingId, true);
        }
    }

    /** The meeting the change names, else the item's meeting, and the meeting its entry was indexed with. */
    private Set<Long> meetingsOf(Change change) {
        Set<Long> meetings = new LinkedHashSet<>();
        if (change.meetingId() != null) {
            meetings.add(change.meetingId());
        } else {
            items.find(change.itemId()).map(ItemView::meetingId).ifPresent(meetings::add);
        }
        entries.findById(change.itemId()).map(SearchEntry::getMeetingId).ifPresent(meetings::add);
        return meetings;
    }

    private void rebuild(long meetingId, boolean retry) {
        try {
            indexer.reindexMeeting(meetingId);
        } catch (RuntimeException e) {
            if (retry) {
                rebuild(meetingId, false);
            } else {
                log.error("Search entries of meeting {} could not be updated; run reindex", meetingId, e);
            }
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** For tests: waits until the updates queued so far are done. */
    void awaitIdle() throws Exception {
        executor.submit(() -> {}).get(30, TimeUnit.SECONDS);
    }
}
