package dk.punkt.search.internal;

import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingView;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexingMonitor;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The full rebuild: first every published meeting's entries from the other modules (one transaction per meeting, so
 * a long rebuild holds no long locks), then the index from the entries. By default in place: each entry's document
 * is replaced (never purged first, never added twice), then documents without an entry are removed, so searches keep
 * finding everything while it runs. With the mass indexer (start-up with an empty index, {@code reindex
 * --mass-indexer}) Hibernate Search purges and rewrites the index: fastest, but incomplete until done (and without
 * the purge it would add duplicates, as its documentation warns). Events arriving meanwhile reindex their meeting as
 * usual; only one rebuild runs at a time.
 */
@Component
public class ReindexJob {

    /** Progress of the running (or last) rebuild. */
    public record Progress(boolean running, String phase, long done, long total, Duration elapsed, String error) {

        public double rate() {
            double seconds = Math.max(0.001, elapsed.toMillis() / 1000.0);
            return done / seconds;
        }

        public int percent() {
            return total <= 0 ? (running ? 0 : 100) : (int) Math.min(100, done * 100 / total);
        }
    }

    private static final int BATCH = 500;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile String phase = "idle";
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private volatile long startedNanos = System.nanoTime();
    private volatile long finishedNanos = 0;
    private volatile String error;

    private final CommitteeService committees;
    private final MeetingService meetings;
    private final dk.punkt.search.SearchIndexer indexer;
    private final SearchEntryRepository entries;
    private final EntityManagerFactory entityManagerFactory;
    private final TransactionTemplate newTransaction;

    ReindexJob(
            CommitteeService committees,
            MeetingService meetings,
            dk.punkt.search.SearchIndexer indexer,
            SearchEntryRepository entries,
            EntityManagerFactory entityManagerFactory,
            PlatformTransactionManager transactions) {
        this.committees = committees;
        this.meetings = meetings;
        this.indexer = indexer;
        this.entries = entries;
        this.entityManagerFactory = entityManagerFactory;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public Progress progress() {
        long end = running.get() || finishedNanos == 0 ? System.nanoTime() : finishedNanos;
        return new Progress(running.get(), phase, done.get(), total.get(), Duration.ofNanos(end - startedNanos), error);
    }

    public boolean isRunning() {
        return running.get();
    }

    /** Starts an in-place rebuild on a new thread; false when one is running already. */
    public boolean start() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        Thread thread = new Thread(() -> runClaimed(false, progress -> {}), "search-reindex");
        thread.setDaemon(true);
        thread.start();
        return true;
    }

    /** Runs an in-place rebuild on this thread, reporting progress; false when it failed or one is running. */
    public boolean run(Consumer<Progress> listener) {
        return run(false, listener);
    }

    /** Runs a rebuild on this thread, in place or with the mass indexer; false when it failed or one is running. */
    public boolean run(boolean massIndexer, Consumer<Progress> listener) {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        runClaimed(massIndexer, listener);
        return error == null;
    }

    private void runClaimed(boolean massIndexer, Consumer<Progress> listener) {
        startedNanos = System.nanoTime();
        finishedNanos = 0;
        error = null;
        done.set(0);
        try {
            phase = "entries";
            List<Long> ids = new ArrayList<>();
            for (CommitteeView committee : committees.findAll()) {
                meetings.findPublishedByCommittee(committee.id()).stream()
                        .map(MeetingView::id)
                        .forEach(ids::add);
            }
            total.set(ids.size());
            for (long id : ids) {
                indexer.reindexMeeting(id);
                done.incrementAndGet();
                listener.accept(progress());
            }
            phase = "index";
            done.set(0);
            total.set(entries.count());
            startedNanos = System.nanoTime();
            if (massIndexer) {
                massIndex(listener);
            } else {
                replaceInPlace(listener);
            }
            phase = "done";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
            phase = "failed";
        } catch (RuntimeException e) {
            error = e.getMessage() == null ? e.toString() : e.getMessage();
            phase = "failed";
        } finally {
            finishedNanos = System.nanoTime();
            running.set(false);
            listener.accept(progress());
        }
    }

    /**
     * Hibernate Search's mass indexer: drops and recreates the index (a mapping change that alters a field's kind, as
     * session 4's facet field did, cannot be written into the old one), then writes every entry.
     */
    private void massIndex(Consumer<Progress> listener) throws InterruptedException {
        Search.mapping(entityManagerFactory)
                .scope(SearchEntry.class)
                .massIndexer()
                // A recreated index is empty: purging it as well only earns a warning from Hibernate Search.
                .purgeAllOnStart(false)
                .dropAndCreateSchemaOnStart(true)
                .threadsToLoadObjects(1)
                .batchSizeToLoadObjects(BATCH)
                .monitor(new MassIndexingMonitor() {
                    @Override
                    public void documentsAdded(long increment) {
                        done.addAndGet(increment);
                        listener.accept(progress());
                    }

                    @Override
                    public void documentsBuilt(long increment) {}

                    @Override
                    public void entitiesLoaded(long increment) {}

                    @Override
                    public void addToTotalCount(long increment) {}

                    @Override
                    public void indexingCompleted() {}
                })
                .startAndWait();
    }

    /**
     * Replaces every entry's document, in batches (one transaction each), then removes documents whose entry is gone.
     * The index is never empty meanwhile, and a document is replaced, never added twice.
     */
    private void replaceInPlace(Consumer<Progress> listener) {
        Set<Long> ids = new HashSet<>();
        for (int page = 0; ; page++) {
            int first = page * BATCH;
            List<Long> batch = newTransaction.execute(status -> {
                EntityManager em = entityManagerFactory.createEntityManager();
                try {
                    List<SearchEntry> rows = em.createQuery(
                                    "select e from SearchEntry e order by e.itemId", SearchEntry.class)
                            .setFirstResult(first)
                            .setMaxResults(BATCH)
                            .getResultList();
                    SearchSession session = Search.session(em);
                    rows.forEach(row -> session.indexingPlan().addOrUpdate(row));
                    session.indexingPlan().execute();
                    return rows.stream().map(SearchEntry::getItemId).toList();
                } finally {
                    em.close();
                }
            });
            if (batch == null || batch.isEmpty()) {
                break;
            }
            ids.addAll(batch);
            done.addAndGet(batch.size());
            listener.accept(progress());
        }
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            SearchSession session = Search.session(em);
            List<Long> indexed = session.search(SearchEntry.class)
                    .select(f -> f.id(Long.class))
                    .where(f -> f.matchAll())
                    .fetchAllHits();
            indexed.stream()
                    .filter(id -> !ids.contains(id))
                    .forEach(id -> session.indexingPlan().purge(SearchEntry.class, id, null));
            session.indexingPlan().execute();
        } finally {
            em.close();
        }
    }
}
