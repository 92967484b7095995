package dk.punkt.items;

import java.util.EnumSet;
import java.util.Set;

/** An agenda item's lifecycle (DESIGN.md §2). */
public enum ItemState {
    KLADDE,
    TIL_GODKENDELSE,
    GODKENDT,
    PÅ_DAGSORDEN,
    BEHANDLET,
    /** Postponed: back in the committee's backlog, can go on a later agenda. */
    UDSAT,
    /** Withdrawn: ends here. */
    TRUKKET;

    /** The states this one may move to. */
    public Set<ItemState> next() {
        return switch (this) {
            case KLADDE -> EnumSet.of(TIL_GODKENDELSE, TRUKKET);
            case TIL_GODKENDELSE -> EnumSet.of(GODKENDT, KLADDE, TRUKKET);
            case GODKENDT -> EnumSet.of(PÅ_DAGSORDEN, KLADDE, TRUKKET);
            case PÅ_DAGSORDEN -> EnumSet.of(BEHANDLET, UDSAT, TRUKKET, GODKENDT);
            case UDSAT -> EnumSet.of(PÅ_DAGSORDEN, TRUKKET);
            case BEHANDLET, TRUKKET -> EnumSet.noneOf(ItemState.class);
        };
    }

    public boolean canBecome(ItemState target) {
        return next().contains(target);
    }
}
