package dk.punkt.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.punkt.items.ItemType;
import dk.punkt.minutes.Outcome;
import org.junit.jupiter.api.Test;

class FacetKeyTest {

    @Test
    void everyPartComesBackFromThePackedKey() {
        for (ItemType type : ItemType.values()) {
            for (Outcome outcome : Outcome.values()) {
                for (long committee : new long[] {0, 1, 7, 735, 4095, 4096, 123_456, (1L << 29) - 2}) {
                    for (int year : new int[] {1900, 2007, 2026, 2922}) {
                        for (int kle : new int[] {0, 1302, 9999}) {
                            long key = FacetKey.of(committee, year, type, outcome, kle);
                            assertThat(key).isNotNegative();
                            assertThat(FacetKey.typeSlot(key)).isEqualTo(type.ordinal() + 1);
                            assertThat(FacetKey.outcomeSlot(key)).isEqualTo(outcome.ordinal() + 1);
                            assertThat(FacetKey.committeeSlot(key)).isEqualTo(committee + 1);
                            assertThat(FacetKey.yearOf(FacetKey.yearSlot(key))).isEqualTo(year);
                            assertThat(FacetKey.caseGroupSlot(key)).isEqualTo(kle + 1);
                        }
                    }
                }
            }
        }
    }

    @Test
    void missingOrOutOfRangePartsAreSlotZero() {
        long key = FacetKey.of(1L << 29, 1899, null, null, null);
        assertThat(FacetKey.typeSlot(key)).isZero();
        assertThat(FacetKey.outcomeSlot(key)).isZero();
        assertThat(FacetKey.yearSlot(key)).isZero();
        assertThat(FacetKey.caseGroupSlot(key)).isZero();
        assertThat(FacetKey.committeeSlot(key)).isZero();
        assertThat(FacetKey.yearSlot(FacetKey.of(1, 2923, null, null, null))).isZero();
    }
}
