package dk.punkt.search.internal;

import dk.punkt.search.internal.FacetCodes.Dimension;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the five facets of the matching documents while the search collects them, in the same pass as the page:
 * one packed {@link FacetKey} per document, split into five counts in arrays (committee ids beyond the array in a
 * map). No set of matching documents is built and walked again. Replaced Lucene's {@code FacetsCollector} with
 * {@code LongValueFacetCounts} over five values per document after measuring (docs/performance-search.md, session 5).
 */
final class FacetCounter extends SimpleCollector {

    /** Committee ids below this are counted in an array. */
    private static final int DENSE_COMMITTEES = 4096;

    private final int[] types = new int[FacetKey.ENUM_VALUES];
    private final int[] outcomes = new int[FacetKey.ENUM_VALUES];
    private final int[] years = new int[FacetKey.YEAR_VALUES];
    private final int[] caseGroups = new int[FacetKey.CASE_GROUP_VALUES];
    private final int[] committees = new int[DENSE_COMMITTEES];
    private final Map<Long, Long> otherCommittees = new HashMap<>();
    private NumericDocValues keys;

    /** One counter per slice of the index; the reduction adds them up. */
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
        // Hibernate Search writes numeric doc values as sorted-numeric; one value per document reads as plain numeric.
        keys = DocValues.unwrapSingleton(DocValues.getSortedNumeric(context.reader(), FacetKey.FIELD));
        if (keys == null) {
            throw new IllegalStateException("More than one " + FacetKey.FIELD + " per document: reindex");
        }
    }

    @Override
    public void setScorer(Scorable scorer) {
        // counts need no scores
    }

    @Override
    public void collect(int doc) throws IOException {
        if (!keys.advanceExact(doc)) {
            return;
        }
        long key = keys.longValue();
        types[FacetKey.typeSlot(key)]++;
        outcomes[FacetKey.outcomeSlot(key)]++;
        years[FacetKey.yearSlot(key)]++;
        caseGroups[FacetKey.caseGroupSlot(key)]++;
        long committee = FacetKey.committeeSlot(key);
        if (committee < DENSE_COMMITTEES) {
            committees[(int) committee]++;
        } else {
            otherCommittees.merge(committee, 1L, Long::sum);
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    /**
     * Counts per {@link FacetCodes} code, largest first and ties by code (the order of the terms aggregation the
     * search used before); slot 0 of each count is "none" and left out.
     */
    static Map<Long, Long> merge(Collection<FacetCounter> counters) {
        Map<Long, Long> counts = new HashMap<>();
        for (FacetCounter counter : counters) {
            add(counts, counter.types, Dimension.TYPE);
            add(counts, counter.outcomes, Dimension.OUTCOME);
            for (int slot = 1; slot < counter.years.length; slot++) {
                if (counter.years[slot] > 0) {
                    counts.merge(
                            FacetCodes.code(Dimension.YEAR, FacetKey.yearOf(slot)),
                            (long) counter.years[slot],
                            Long::sum);
                }
            }
            add(counts, counter.caseGroups, Dimension.CASE_GROUP);
            add(counts, counter.committees, Dimension.COMMITTEE);
            counter.otherCommittees.forEach(
                    (slot, count) -> counts.merge(FacetCodes.code(Dimension.COMMITTEE, slot - 1), count, Long::sum));
        }
        List<Map.Entry<Long, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<Long, Long> ordered = new LinkedHashMap<>();
        entries.forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
        return ordered;
    }

    /** Slot s of an array holds key s − 1. */
    private static void add(Map<Long, Long> counts, int[] slots, Dimension dimension) {
        for (int slot = 1; slot < slots.length; slot++) {
            if (slots[slot] > 0) {
                counts.merge(FacetCodes.code(dimension, slot - 1), (long) slots[slot], Long::sum);
            }
        }
    }
}
