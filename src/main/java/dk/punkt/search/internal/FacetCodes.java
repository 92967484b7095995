package dk.punkt.search.internal;

/**
 * The facet values of a search's counts as numbers, each tagged with its dimension: what {@link FacetCounter} hands to
 * {@code SearchQueries.facets}. (The index holds the values packed as one {@link FacetKey} per entry; in session 4
 * it held these codes as a multi-valued field, which is why the common values have <b>dense codes</b> below 1024:
 * item type (0–15), outcome (16–31), year 1900–2155 (32–287), committee ids 0–735 (288–1023). Anything else gets a
 * <b>sparse code</b>: the dimension in the bits from 40 up, the key below.)
 */
public final class FacetCodes {

    public enum Dimension {
        COMMITTEE,
        YEAR,
        TYPE,
        OUTCOME,
        CASE_GROUP
    }

    /** A value and its dimension. */
    public record Decoded(Dimension dimension, long key) {}

    private static final int DENSE = 1024;

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
}
