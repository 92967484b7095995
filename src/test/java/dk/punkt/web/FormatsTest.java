package dk.punkt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void printsDatesAsTheCorpusHeader() {
        assertThat(Formats.longDate(LocalDate.of(2024, 6, 6))).isEqualTo("Torsdag d. 06. juni 2024");
        assertThat(Formats.longDate(LocalDate.of(2025, 2, 12))).isEqualTo("Onsdag d. 12. februar 2025");
        assertThat(Formats.shortDate(LocalDate.of(2019, 10, 24))).isEqualTo("24-10-2019");
    }

    @Test
    void printsTimesAsTheCorpusTimetable() {
        assertThat(Formats.time(LocalTime.of(9, 0))).isEqualTo("09:00");
        assertThat(Formats.timetableTime(LocalTime.of(9, 15))).isEqualTo("9.15");
        assertThat(Formats.timetableTime(LocalTime.of(10, 5))).isEqualTo("10.05");
        assertThat(Formats.time(null)).isEmpty();
    }
}
