package dk.punkt.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the {@link FacetCodes} of the matching documents while the search collects them, in the same pass as the
 * page: no set of matching documents is built and walked again, and every common code is counted in an array (the
 * dense codes, and the KLE groups by their number), only other codes in a map. Each code of a document is counted
 * once (a document has one code per dimension). It replaced Lucene's {@code FacetsCollector} with
 * {@code LongValueFacetCounts} after measuring (docs/performance-search.md, session 5).
 */
final class FacetCounter extends SimpleCollector {

    /** KLE groups are "00.00" to "99.99", numbered 0–9999. */
    private static final int CASE_GROUPS = 10_000;

    private final int[] dense = new int[FacetCodes.DENSE];
    private final int[] caseGroups = new int[CASE_GROUPS];
    private final Map<Long, Long> other = new HashMap<>();
    private SortedNumericDocValues values;

    /** One counter per slice of the index; {@link #merge} adds them up. */
    static CollectorManager<FacetCounter, Map<Long, Long>> manager() {
        return new CollectorManager<>() {
            @Override
            public FacetCounter newCollector() {
                return new FacetCounter();
            }

            @Override
            public Map<Long, Long> reduce(Collection<FacetCounter> counters) {
                return merge(counters);
            }
        };
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        values = DocValues.getSortedNumeric(context.reader(), FacetCodes.FIELD);
    }

    @Override
    public void setScorer(Scorable scorer) {
        // counts need no scores
    }

    @Override
    public void collect(int doc) throws IOException {
        if (!values.advanceExact(doc)) {
            return;
        }
        for (int i = values.docValueCount(); i > 0; i--) {
            long code = values.nextValue();
            if (code >= 0 && code < FacetCodes.DENSE) {
                dense[(int) code]++;
            } else {
                int group = FacetCodes.caseGroupOf(code);
                if (group >= 0 && group < CASE_GROUPS) {
                    caseGroups[group]++;
                } else {
                    other.merge(code, 1L, Long::sum);
                }
            }
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** Counts per code, largest first and ties by code (the order of Hibernate Search's terms aggregation). */
    static Map<Long, Long> merge(Collection<FacetCounter> counters) {
        Map<Long, Long> counts = new HashMap<>();
        for (FacetCounter counter : counters) {
            for (int code = 0; code < counter.dense.length; code++) {
                if (counter.dense[code] > 0) {
                    counts.merge((long) code, (long) counter.dense[code], Long::sum);
                }
            }
            for (int group = 0; group < counter.caseGroups.length; group++) {
                if (counter.caseGroups[group] > 0) {
                    counts.merge(
                            FacetCodes.code(FacetCodes.Dimension.CASE_GROUP, group),
                            (long) counter.caseGroups[group],
                            Long::sum);
                }
            }
            counter.other.forEach((code, count) -> counts.merge(code, count, Long::sum));
        }
        List<Map.Entry<Long, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<Long, Long> ordered = new LinkedHashMap<>();
        entries.forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
        return ordered;
    }
}
