package dk.punkt.search.internal;

import dk.punkt.items.ItemType;
import dk.punkt.minutes.Outcome;
import java.util.ArrayList;
import java.util.List;

/**
 * The facet keys of an entry as numbers in one multi-valued field, so that one doc-values pass per search counts all
 * five facets. Hibernate Search's numeric facet counter counts values from 0 to 1023 in an array and all others in a
 * hash map (several times slower per value), so the common keys get <b>dense codes</b> below 1024: item type
 * (0–15), outcome (16–31), year 1900–2155 (32–287), committee ids 0–735 (288–1023). Anything else gets a <b>sparse
 * code</b>: the dimension in the bits from 40 up, the key below (larger committee ids, KLE groups as 1302 for "13.02",
 * which have up to 10 000 values). Item type and outcome are stored by ordinal, so reordering those enums needs a
 * reindex (the index is derived data: {@code reindex --mass-indexer}).
 */
public final class FacetCodes {

    public static final String FIELD = "facets";

    public enum Dimension {
        COMMITTEE,
        YEAR,
        TYPE,
        OUTCOME,
        CASE_GROUP
    }

    /** A value and its dimension. */
    public record Decoded(Dimension dimension, long key) {}

    /** Codes below this are the dense ones. */
    static final int DENSE = 1024;

    private static final int TYPE_BASE = 0;
    private static final int OUTCOME_BASE = 16;
    private static final int YEAR_BASE = 32;
    private static final int FIRST_YEAR = 1900;
    private static final int COMMITTEE_BASE = 288;

    private static final int SHIFT = 40;
    private static final long KEY_MASK = (1L << SHIFT) - 1;

    private FacetCodes() {}

    public static long code(Dimension dimension, long key) {
        if (key < 0 || key > KEY_MASK) {
            throw new IllegalArgumentException("Facet key " + key + " of " + dimension + " is out of range");
        }
        long dense = switch (dimension) {
            case TYPE -> key < OUTCOME_BASE - TYPE_BASE ? TYPE_BASE + key : -1;
            case OUTCOME -> key < YEAR_BASE - OUTCOME_BASE ? OUTCOME_BASE + key : -1;
            case YEAR ->
                key >= FIRST_YEAR && key < FIRST_YEAR + COMMITTEE_BASE - YEAR_BASE ? YEAR_BASE + key - FIRST_YEAR : -1;
            case COMMITTEE -> key < DENSE - COMMITTEE_BASE ? COMMITTEE_BASE + key : -1;
            case CASE_GROUP -> -1;
        };
        return dense >= 0 ? dense : ((long) (dimension.ordinal() + 1) << SHIFT) | key;
    }

    /** The dimension and key of a code, or null for a code this version does not know. */
    public static Decoded decode(long code) {
        if (code >= 0 && code < DENSE) {
            if (code < OUTCOME_BASE) {
                return new Decoded(Dimension.TYPE, code - TYPE_BASE);
            }
            if (code < YEAR_BASE) {
                return new Decoded(Dimension.OUTCOME, code - OUTCOME_BASE);
            }
            if (code < COMMITTEE_BASE) {
                return new Decoded(Dimension.YEAR, code - YEAR_BASE + FIRST_YEAR);
            }
            return new Decoded(Dimension.COMMITTEE, code - COMMITTEE_BASE);
        }
        int index = (int) (code >>> SHIFT) - 1;
        return index >= 0 && index < Dimension.values().length
                ? new Decoded(Dimension.values()[index], code & KEY_MASK)
                : null;
    }

    /** The KLE group number (1302 for "13.02") of a case-group code, or -1 for a code of another dimension. */
    static int caseGroupOf(long code) {
        long tag = (long) (Dimension.CASE_GROUP.ordinal() + 1) << SHIFT;
        return (code & ~KEY_MASK) == tag && (code & KEY_MASK) <= Integer.MAX_VALUE ? (int) (code & KEY_MASK) : -1;
    }

    static List<Long> of(long committeeId, int year, ItemType type, Outcome outcome, Integer kleCode) {
        List<Long> codes = new ArrayList<>(5);
        codes.add(code(Dimension.COMMITTEE, committeeId));
        codes.add(code(Dimension.YEAR, year));
        if (type != null) {
            codes.add(code(Dimension.TYPE, type.ordinal()));
        }
        if (outcome != null) {
            codes.add(code(Dimension.OUTCOME, outcome.ordinal()));
        }
        if (kleCode != null) {
            codes.add(code(Dimension.CASE_GROUP, kleCode));
        }
        return codes;
    }
}
