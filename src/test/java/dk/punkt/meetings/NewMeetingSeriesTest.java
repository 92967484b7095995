package dk.punkt.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class NewMeetingSeriesTest {

    private static NewMeetingSeries series(LocalDate from, int interval, LocalDate until, Integer count) {
        return new NewMeetingSeries(
                1,
                from,
                DayOfWeek.THURSDAY,
                interval,
                until,
                count,
                LocalTime.of(9, 0),
                LocalTime.of(12, 0),
                null,
                null);
    }

    @Test
    void everySecondThursdayFromAMondayUntilAnEndDate() {
        // 2026-08-31 is a Monday: the first Thursday is 3 September.
        assertThat(series(LocalDate.of(2026, 8, 31), 2, LocalDate.of(2026, 10, 15), null)
                        .dates())
                .containsExactly(
                        LocalDate.of(2026, 9, 3),
                        LocalDate.of(2026, 9, 17),
                        LocalDate.of(2026, 10, 1),
                        LocalDate.of(2026, 10, 15));
    }

    @Test
    void aNumberOfMeetingsStartingOnTheWeekdayItself() {
        assertThat(series(LocalDate.of(2026, 9, 3), 1, null, 3).dates())
                .containsExactly(LocalDate.of(2026, 9, 3), LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 17));
    }

    @Test
    void refusesBadSeriesNamingTheField() {
        LocalDate from = LocalDate.of(2026, 9, 3);
        assertThatThrownBy(() -> series(from, 0, null, 3).dates()).hasMessageContaining("intervalWeeks");
        assertThatThrownBy(() -> series(from, 2, null, null).dates()).hasMessageContaining("either until");
        assertThatThrownBy(() -> series(from, 2, from.plusDays(7), 3).dates()).hasMessageContaining("not both");
        assertThatThrownBy(() -> series(from, 2, from.minusDays(1), null).dates())
                .hasMessageContaining("before the first date");
        assertThatThrownBy(() -> series(from, 1, from.plusYears(5), null).dates())
                .hasMessageContaining("more than " + NewMeetingSeries.MAX_MEETINGS);
        assertThatThrownBy(() -> series(LocalDate.of(2026, 9, 4), 1, LocalDate.of(2026, 9, 6), null)
                        .dates())
                .hasMessageContaining("there is no THURSDAY");
    }
}
