package dk.punkt.search.internal;

import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingView;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.massindexing.MassIndexingMonitor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The full rebuild: first every published meeting's entries from the other modules (one transaction per meeting, so
 * a long rebuild holds no long locks), then Hibernate Search's mass indexer writes the whole index from the entries.
 * Safe while the application serves: the index is not purged first (documents are replaced one by one, so searches
 * keep finding everything), events that arrive meanwhile reindex their meeting as usual, and only one rebuild runs at
 * a time.
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

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile String phase = "idle";
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private volatile long startedNanos = System.nanoTime();
    private volatile long finishedNanos = 0;
    private volatile String error;

    private final CommitteeService committees;
    private final MeetingService meetings;
    private final EntryBuilder entries;
    private final EntityManagerFactory entityManagerFactory;
    private final TransactionTemplate newTransaction;

    ReindexJob(
            CommitteeService committees,
            MeetingService meetings,
            EntryBuilder entries,
            EntityManagerFactory entityManagerFactory,
            PlatformTransactionManager transactions) {
        this.committees = committees;
        this.meetings = meetings;
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

    /** Starts a rebuild on a new thread; false when one is running already. */
    public boolean start() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        Thread thread = new Thread(() -> runClaimed(progress -> {}), "search-reindex");
        thread.setDaemon(true);
        thread.start();
        return true;
    }

    /** Runs a rebuild on this thread, reporting progress; false when one is running already. */
    public boolean run(Consumer<Progress> listener) {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        runClaimed(listener);
        return error == null;
    }

    private void runClaimed(Consumer<Progress> listener) {
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
                newTransaction.executeWithoutResult(status -> entries.rebuild(id));
                done.incrementAndGet();
                listener.accept(progress());
            }
            phase = "index";
            done.set(0);
            startedNanos = System.nanoTime();
            SearchMapping mapping = Search.mapping(entityManagerFactory);
            total.set(0);
            mapping.scope(SearchEntry.class)
                    .massIndexer()
                    .purgeAllOnStart(false)
                    .dropAndCreateSchemaOnStart(false)
                    .threadsToLoadObjects(1)
                    .batchSizeToLoadObjects(100)
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
                        public void addToTotalCount(long increment) {
                            total.addAndGet(increment);
                        }

                        @Override
                        public void indexingCompleted() {}
                    })
                    .startAndWait();
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
}
