package dk.punkt.search.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntToLongFunction;
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
    private long matches;
    private NumericDocValues keys;

    /** The exact number of matching documents and the facet counts of a search's counting pass. */
    record Counted(long matches, Map<FacetDimension, Map<Long, Long>> counts) {}

    /** One counter per slice of the index; the reduction adds them up. */
    static CollectorManager<FacetCounter, Map<FacetDimension, Map<Long, Long>>> manager() {
        return new CollectorManager<>() {
            @Override
            public FacetCounter newCollector() {
                return new FacetCounter();
            }

            @Override
            public Map<FacetDimension, Map<Long, Long>> reduce(Collection<FacetCounter> counters) {
                return merge(counters);
            }
        };
    }

    /** Like {@link #manager()}, with the number of matching documents (every one is collected, so it is exact). */
    static CollectorManager<FacetCounter, Counted> countingManager() {
        return new CollectorManager<>() {
            @Override
            public FacetCounter newCollector() {
                return new FacetCounter();
            }

            @Override
            public Counted reduce(Collection<FacetCounter> counters) {
                long matches = 0;
                for (FacetCounter counter : counters) {
                    matches += counter.matches;
                }
                return new Counted(matches, merge(counters));
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
        matches++;
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

    /** The counts per value of each dimension (no order; the facets sort them); slot 0 of each array is "none". */
    static Map<FacetDimension, Map<Long, Long>> merge(Collection<FacetCounter> counters) {
        Map<FacetDimension, Map<Long, Long>> counts = new EnumMap<>(FacetDimension.class);
        for (FacetDimension dimension : FacetDimension.values()) {
            counts.put(dimension, new HashMap<>());
        }
        for (FacetCounter counter : counters) {
            add(counts.get(FacetDimension.TYPE), counter.types, slot -> slot - 1);
            add(counts.get(FacetDimension.OUTCOME), counter.outcomes, slot -> slot - 1);
            add(counts.get(FacetDimension.YEAR), counter.years, FacetKey::yearOf);
            add(counts.get(FacetDimension.CASE_GROUP), counter.caseGroups, slot -> slot - 1);
            add(counts.get(FacetDimension.COMMITTEE), counter.committees, slot -> slot - 1);
            counter.otherCommittees.forEach(
                    (slot, count) -> counts.get(FacetDimension.COMMITTEE).merge(slot - 1, count, Long::sum));
        }
        return counts;
    }

    private static void add(Map<Long, Long> counts, int[] slots, IntToLongFunction keyOfSlot) {
        for (int slot = 1; slot < slots.length; slot++) {
            if (slots[slot] > 0) {
                counts.merge(keyOfSlot.applyAsLong(slot), (long) slots[slot], Long::sum);
            }
        }
    }
}
