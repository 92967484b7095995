package dk.punkt.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlannerStatisticsTest {

    private final PlannerStatistics statistics = new PlannerStatistics(null);

    @Test
    void refreshesEachTimeTheTotalWrittenHasDoubled() {
        assertThat(statistics.dueAfter(PlannerStatistics.FIRST_REFRESH - 1)).isFalse();
        assertThat(statistics.dueAfter(1)).as("50 written").isTrue();
        assertThat(statistics.dueAfter(49)).as("99").isFalse();
        assertThat(statistics.dueAfter(1)).as("100").isTrue();
        assertThat(statistics.dueAfter(0)).as("nothing more written").isFalse();
        assertThat(statistics.dueAfter(99)).as("199").isFalse();
        assertThat(statistics.dueAfter(1)).as("200").isTrue();
    }

    @Test
    void oneLargeWriteRefreshesOnceAndDoublesFromItsTotal() {
        assertThat(statistics.dueAfter(1_000)).isTrue();
        assertThat(statistics.dueAfter(999)).isFalse();
        assertThat(statistics.dueAfter(1)).isTrue();
    }
}
