package dk.punkt.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.punkt.items.ItemType;
import dk.punkt.minutes.Outcome;
import dk.punkt.search.internal.FacetCodes.Decoded;
import dk.punkt.search.internal.FacetCodes.Dimension;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FacetCodesTest {

    @Test
    void everyKeyComesBackWithItsDimension() {
        Set<Long> codes = new HashSet<>();
        for (Dimension dimension : Dimension.values()) {
            for (long key : List.of(
                    0L,
                    1L,
                    5L,
                    15L,
                    16L,
                    700L,
                    735L,
                    736L,
                    1023L,
                    1302L,
                    1899L,
                    2024L,
                    2155L,
                    2156L,
                    9999L,
                    1_000_000L)) {
                long code = FacetCodes.code(dimension, key);
                assertThat(FacetCodes.decode(code)).isEqualTo(new Decoded(dimension, key));
                assertThat(codes.add(code))
                        .as("%s %d is unique", dimension, key)
                        .isTrue();
            }
        }
    }

    @Test
    void commonKeysGetCodesBelow1024SoTheFacetCounterCountsThemInAnArray() {
        assertThat(FacetCodes.code(Dimension.TYPE, ItemType.values().length - 1))
                .isLessThan(1024);
        assertThat(FacetCodes.code(Dimension.OUTCOME, Outcome.values().length - 1))
                .isLessThan(1024);
        assertThat(FacetCodes.code(Dimension.YEAR, 2026)).isLessThan(1024);
        assertThat(FacetCodes.code(Dimension.COMMITTEE, 735)).isLessThan(1024);
        assertThat(FacetCodes.code(Dimension.COMMITTEE, 736)).isGreaterThanOrEqualTo(1024);
        assertThat(FacetCodes.code(Dimension.CASE_GROUP, 1302)).isGreaterThanOrEqualTo(1024);
    }

    @Test
    void unknownCodesAndNegativeKeysAreRefused() {
        assertThat(FacetCodes.decode(99L << 40)).isNull();
        assertThatThrownBy(() -> FacetCodes.code(Dimension.COMMITTEE, -1)).hasMessageContaining("COMMITTEE");
    }
}
