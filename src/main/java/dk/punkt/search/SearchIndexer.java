package dk.punkt.search;

import dk.punkt.publishing.DocumentFrozen;
import dk.punkt.search.internal.EntryBuilder;
import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the search entries in step with the meetings. Other modules' events call {@link #reindexMeeting} (wired in
 * {@code internal.SearchEvents} and {@code internal.SearchUpdates}); a full rebuild is {@code internal.ReindexJob}.
 * A bulk writer (the import) wraps its work in {@link #rebuildingOnceAfter}: the meetings it changes are rebuilt
 * together at the end instead of one transaction (and one Lucene commit) each.
 */
@Service
public class SearchIndexer {

    private final EntryBuilder entries;
    private final TransactionTemplate newTransaction;
    private final EntityManager entityManager;

    /**
     * The meetings whose rebuild this thread defers, while it runs {@link #rebuildingOnceAfter}, and the documents
     * that committed freezes assembled for them meanwhile; else null.
     */
    private final ThreadLocal<Deferred> deferred = new ThreadLocal<>();

    private record Deferred(Set<Long> meetings, Map<Long, DocumentFrozen> documents) {}

    /**
     * Rebuilds of one meeting run one at a time, each in a transaction of its own that commits before the next
     * starts: a meeting's events (request thread), decision and appendix updates (background) and appendix text
     * (extraction thread) may otherwise race to insert the same new entry.
     */
    private final Object[] locks = new Object[64];

    /** The thread of {@link #rebuildingInBackgroundAfter}. */
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "search-bulk-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    SearchIndexer(EntryBuilder entries, PlatformTransactionManager transactions, EntityManager entityManager) {
        this.entries = entries;
        this.entityManager = entityManager;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    /**
     * Rebuilds the entries of one meeting's items from its document, in a new transaction: a published meeting's
     * items are searchable, a planned (or deleted) meeting's are not. Returns the number of entries the meeting now
     * has; 0 when this thread is inside {@link #rebuildingOnceAfter}, which rebuilds the meeting at its end.
     */
    public int reindexMeeting(long meetingId) {
        if (defer(meetingId)) {
            return 0;
        }
        synchronized (locks[stripe(meetingId)]) {
            Integer count = newTransaction.execute(status -> entries.rebuild(meetingId));
            return count == null ? 0 : count;
        }
    }

    /**
     * Remembers the meeting for the rebuild at the end of {@link #rebuildingOnceAfter} when this thread runs one;
     * returns false (and remembers nothing) otherwise.
     */
    public boolean defer(long meetingId) {
        Deferred current = deferred.get();
        if (current == null) {
            return false;
        }
        current.meetings().add(meetingId);
        return true;
    }

    /**
     * Keeps the document a freeze just assembled for the deferred rebuild at the end of {@link #rebuildingOnceAfter}
     * (which then need not assemble it again), once the freeze's transaction has committed: a rolled-back one's
     * document describes nothing. Does nothing when this thread defers no rebuilds.
     */
    public void frozen(DocumentFrozen frozen) {
        Deferred current = deferred.get();
        if (current == null) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            current.documents().put(frozen.meetingId(), frozen);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                current.documents().put(frozen.meetingId(), frozen);
            }
        });
    }

    /**
     * Runs {@code work} with this thread's meeting rebuilds deferred, then rebuilds every meeting it changed in one
     * transaction (one Lucene commit): when this returns, they are searchable. If {@code work} throws, the meetings
     * its committed transactions changed are still rebuilt. Nested calls join the outermost.
     */
    public <T> T rebuildingOnceAfter(Supplier<T> work) {
        if (deferred.get() != null) {
            return work.get();
        }
        Deferred current = new Deferred(new LinkedHashSet<>(), new HashMap<>());
        deferred.set(current);
        try {
            return work.get();
        } finally {
            deferred.remove();
            reindexMeetings(current.meetings(), current.documents(), true);
        }
    }

    /** What {@link #rebuildingInBackgroundAfter} returns: the work's result and its meetings' rebuild. */
    public record Rebuilding<T>(T result, BackgroundRebuild rebuild) {}

    /** A rebuild on the background thread; {@link #await} returns when its meetings are searchable. */
    public record BackgroundRebuild(Collection<Long> meetingIds, Future<Integer> future) {

        /**
         * Waits for the rebuild; returns the number of entries written.
         *
         * @throws IllegalStateException naming the meetings when the rebuild failed (their data is written; a
         *     reindex makes them searchable)
         */
        public int await() {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the search entries were rebuilt", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(
                        "The search entries of meetings " + meetingIds + " could not be rebuilt (run a reindex): "
                                + e.getCause(),
                        e.getCause());
            }
        }
    }

    /**
     * As {@link #rebuildingOnceAfter}, but the rebuild runs on a background thread (one rebuild at a time, in the
     * order they were started), so a bulk writer can write its next batch meanwhile: the database and Lucene work
     * of the rebuild then overlaps the writer's instead of following it. The meetings are searchable when the
     * returned rebuild's {@link BackgroundRebuild#await} returns. If {@code work} throws, its committed meetings
     * are rebuilt on this thread before the exception goes on, as {@link #rebuildingOnceAfter} does.
     */
    public <T> Rebuilding<T> rebuildingInBackgroundAfter(Supplier<T> work) {
        if (deferred.get() != null) {
            return new Rebuilding<>(work.get(), new BackgroundRebuild(List.of(), CompletableFuture.completedFuture(0)));
        }
        Deferred current = new Deferred(new LinkedHashSet<>(), new HashMap<>());
        deferred.set(current);
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            deferred.remove();
            reindexMeetings(current.meetings(), current.documents(), true);
            throw e;
        }
        deferred.remove();
        Future<Integer> future =
                background.submit(() -> reindexMeetings(current.meetings(), current.documents(), true));
        return new Rebuilding<>(result, new BackgroundRebuild(List.copyOf(current.meetings()), future));
    }

    @PreDestroy
    void stopBackground() throws InterruptedException {
        background.shutdown();
        background.awaitTermination(30, TimeUnit.SECONDS);
    }

    /**
     * Rebuilds several meetings in one new transaction. Without auto-flush: each meeting writes only its own
     * items' entries, which no later query of another meeting reads, and dirty-checking every earlier meeting's
     * entities before each query would cost more than the rebuild.
     */
    public int reindexMeetings(Collection<Long> meetingIds) {
        return reindexMeetings(meetingIds, Map.of(), false);
    }

    /**
     * As {@link #reindexMeetings(Collection)}, from the documents given where there is one for a meeting. With
     * {@code commitLater} (a bulk writer's rebuild) the transaction waits until the index shows the changes but not
     * for a Lucene commit of its own: Hibernate Search's read-sync, whose periodic commit (every second by default,
     * {@code hibernate.search.backend.io.commit_interval}) writes them to disk. A commit per batch made a new small
     * segment, an fsync and merges each time. What a crash could lose is the last second's new documents of a bulk
     * import, which the start-up check ({@code StartupIndexer}: entry rows and index documents differ) restores.
     */
    private int reindexMeetings(Collection<Long> meetingIds, Map<Long, DocumentFrozen> documents, boolean commitLater) {
        if (meetingIds.isEmpty()) {
            return 0;
        }
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(meetingIds));
        Set<Integer> stripes = new TreeSet<>();
        ids.forEach(id -> stripes.add(stripe(id)));
        return underLocks(new ArrayList<>(stripes), 0, () -> {
            Integer count = newTransaction.execute(status -> {
                entityManager.unwrap(Session.class).setHibernateFlushMode(FlushMode.COMMIT);
                if (commitLater) {
                    Search.session(entityManager)
                            .indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.readSync());
                }
                return entries.rebuildAll(ids, documents);
            });
            return count == null ? 0 : count;
        });
    }

    /** Takes the stripes' locks in ascending order (as no single rebuild waits for a second lock: no deadlock). */
    private int underLocks(List<Integer> stripes, int from, Supplier<Integer> work) {
        if (from == stripes.size()) {
            return work.get();
        }
        synchronized (locks[stripes.get(from)]) {
            return underLocks(stripes, from + 1, work);
        }
    }

    private int stripe(long meetingId) {
        return Math.floorMod(Long.hashCode(meetingId), locks.length);
    }
}
