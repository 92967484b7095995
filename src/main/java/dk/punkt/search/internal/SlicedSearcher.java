package dk.punkt.search.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

/**
 * Searches one query's segments in a few slices of about equal size at once: the calling thread takes one slice and
 * the executor's threads the others (Lucene's task executor lets the caller run tasks no thread has started, so a busy
 * pool delays nothing). Lucene's own slicing groups segments up to 250 000 documents, which on a large index puts the
 * whole work into one or two unequal slices; here the largest segments go first to the lightest slice.
 */
final class SlicedSearcher extends IndexSearcher {

    private final int parts;

    SlicedSearcher(IndexReader reader, Executor executor, int parts) {
        super(reader, executor);
        this.parts = parts;
    }

    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        return balanced(leaves, parts);
    }

    /** At most {@code parts} slices, each segment in the slice with the fewest documents so far, largest first. */
    static LeafSlice[] balanced(List<LeafReaderContext> leaves, int parts) {
        int count = Math.max(1, Math.min(parts, leaves.size()));
        List<List<LeafReaderContext>> slices = new ArrayList<>();
        long[] sizes = new long[count];
        for (int i = 0; i < count; i++) {
            slices.add(new ArrayList<>());
        }
        List<LeafReaderContext> largestFirst = new ArrayList<>(leaves);
        largestFirst.sort(Comparator.comparingInt(
                        (LeafReaderContext leaf) -> leaf.reader().maxDoc())
                .reversed());
        for (LeafReaderContext leaf : largestFirst) {
            int lightest = 0;
            for (int i = 1; i < count; i++) {
                if (sizes[i] < sizes[lightest]) {
                    lightest = i;
                }
            }
            slices.get(lightest).add(leaf);
            sizes[lightest] += leaf.reader().maxDoc();
        }
        return slices.stream()
                .filter(slice -> !slice.isEmpty())
                .map(LeafSlice::new)
                .toArray(LeafSlice[]::new);
    }
}
