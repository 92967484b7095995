package dk.punkt.imports;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;

/**
 * A batch's files parsed on another thread ahead of the thread that writes them, so that writing starts with the
 * first file instead of after the last has parsed. Whichever thread reaches a file first parses it: the writer never
 * waits for a file the other thread has not started, and no file is parsed twice. Each result is what {@code parse}
 * returned for that file; what it threw is thrown again to the writer.
 */
final class ParseAhead {

    private final List<Integer> order;
    private final IntFunction<Object> parse;
    private final AtomicBoolean[] claimed;
    private final CompletableFuture<Object>[] results;

    /** Starts parsing the files at the positions {@code order}, in that order, on {@code executor}. */
    @SuppressWarnings("unchecked")
    ParseAhead(int files, List<Integer> order, IntFunction<Object> parse, Executor executor) {
        this.order = order;
        this.parse = parse;
        this.claimed = new AtomicBoolean[files];
        this.results = new CompletableFuture[files];
        for (int i : order) {
            claimed[i] = new AtomicBoolean();
            results[i] = new CompletableFuture<>();
        }
        if (!order.isEmpty()) {
            executor.execute(this::parseAll);
        }
    }

    /** The result for the file at {@code position} (one of {@code order}): parsed now if no thread has started it. */
    Object get(int position) {
        if (claimed[position].compareAndSet(false, true)) {
            run(position);
        }
        try {
            return results[position].join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void parseAll() {
        for (int position : order) {
            if (claimed[position].compareAndSet(false, true)) {
                run(position);
            }
        }
    }

    private void run(int position) {
        try {
            results[position].complete(parse.apply(position));
        } catch (RuntimeException | Error e) {
            results[position].completeExceptionally(e);
        }
    }
}
