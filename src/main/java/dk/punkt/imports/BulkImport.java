package dk.punkt.imports;

import dk.punkt.imports.ImportService.Result;
import dk.punkt.imports.ImportService.SourceFile;
import dk.punkt.search.SearchIndexer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A run of many batches of files (the command line's 50 at a time), each written as {@link ImportService#importFiles}
 * writes one (one transaction, all or nothing per file), but overlapped:
 *
 * <ul>
 *   <li>a batch's meetings are made searchable on a background thread while the next batch is written;
 *   <li>with more than one writer (PostgreSQL), that many batch transactions are written at once, so the database
 *       server works on one batch's statements while the JVM prepares the other's.
 * </ul>
 *
 * Results come back through each batch's callback, on the caller's thread and in the order the batches were given.
 * Two batches written at once may fail only because both registered the same new committee or case: a batch whose
 * transaction failed beside another is written again alone, once the others are done, and only then (as
 * {@code importFiles} does) file by file to find the file at fault. Not for use by several threads at once.
 */
public final class BulkImport implements AutoCloseable {

    private record Pending(
            List<SourceFile> files,
            String committee,
            Consumer<List<Result>> whenWritten,
            Future<SearchIndexer.Rebuilding<List<Result>>> write) {}

    private final ImportService importer;
    private final SearchIndexer search;
    private final int writers;
    private final ExecutorService pool;
    private final Deque<Pending> writing = new ArrayDeque<>();
    /** Rebuilds started and not yet awaited: memory stays bounded if the writers outrun the search. */
    private final Deque<SearchIndexer.BackgroundRebuild> rebuilds = new ArrayDeque<>();

    private final List<String> searchFailures = new ArrayList<>();

    BulkImport(ImportService importer, SearchIndexer search, int writers) {
        this.importer = importer;
        this.search = search;
        this.writers = writers;
        this.pool = Executors.newFixedThreadPool(writers, task -> {
            Thread thread = new Thread(task, "punkt-import-writer");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Batch transactions written at once. */
    public int writers() {
        return writers;
    }

    /**
     * Starts writing a batch; {@code whenWritten} gets its results (in the order of {@code files}) during a later
     * call or {@link #close}. Returns at once unless {@link #writers()} batches are being written, then when the
     * oldest is done.
     *
     * @param committee the committee's name for every file, or null to take it from each document's title
     */
    public void importFiles(List<SourceFile> files, String committee, Consumer<List<Result>> whenWritten) {
        while (writing.size() >= writers) {
            finish(writing.removeFirst());
        }
        // The audit revision names the importing user: the writer works as the caller's user.
        SecurityContext user = SecurityContextHolder.getContext();
        boolean alone = writers == 1;
        Future<SearchIndexer.Rebuilding<List<Result>>> write = pool.submit(() -> {
            SecurityContextHolder.setContext(user);
            try {
                return search.rebuildingInBackgroundAfter(() -> importer.importBatch(files, committee, alone));
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        writing.addLast(new Pending(files, committee, whenWritten, write));
    }

    /**
     * Waits for every batch, hands over their results, then waits until their meetings are searchable.
     *
     * @throws IllegalStateException naming the meetings whose search entries could not be rebuilt (their files are
     *     imported; a reindex makes them searchable)
     */
    @Override
    public void close() {
        try {
            while (!writing.isEmpty()) {
                finish(writing.removeFirst());
            }
            while (!rebuilds.isEmpty()) {
                awaitSearchable(rebuilds.removeFirst());
            }
        } finally {
            pool.shutdown();
        }
        if (!searchFailures.isEmpty()) {
            throw new IllegalStateException(String.join("; ", searchFailures));
        }
    }

    private void finish(Pending pending) {
        List<Result> results;
        try {
            SearchIndexer.Rebuilding<List<Result>> written = get(pending.write());
            rebuilds.addLast(written.rebuild());
            while (rebuilds.size() > 2) {
                awaitSearchable(rebuilds.removeFirst());
            }
            results = written.result();
            if (results == null) {
                // Failed beside another batch, perhaps only because both registered the same new committee or case:
                // once the others are written, alone, as importFiles does (file by file if it fails again).
                for (Pending other : writing) {
                    awaitQuietly(other.write());
                }
                results = importer.importFiles(pending.files(), pending.committee());
            } else {
                importer.countWritten(results);
            }
        } catch (RuntimeException e) {
            // Anything unforeseen (the database gone, say): one failure per file; nothing of them was written.
            results = pending.files().stream()
                    .map(f -> new Result(f.file(), null, new ImportException(f.file(), null, e.toString(), e)))
                    .toList();
        }
        pending.whenWritten().accept(results);
    }

    private void awaitSearchable(SearchIndexer.BackgroundRebuild rebuild) {
        try {
            rebuild.await();
        } catch (IllegalStateException e) {
            searchFailures.add(e.getMessage());
        }
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while a batch was written", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    private static void awaitQuietly(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // That batch reports its own failure when it is finished.
        }
    }
}
