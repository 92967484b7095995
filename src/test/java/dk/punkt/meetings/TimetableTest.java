package dk.punkt.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import dk.punkt.meetings.MeetingView.AgendaRow;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimetableTest {

    /** The Chefforum agenda of 2024-06-06 (corpus): items 1-8 with their planned minutes, two pauses. */
    private static final Map<Long, Integer> MINUTES =
            Map.of(1L, 15, 2L, 15, 3L, 20, 4L, 15, 5L, 10, 6L, 25, 7L, 60, 8L, 10);

    private static final List<AgendaRow> AGENDA = List.of(
            AgendaRow.item(1),
            AgendaRow.item(2),
            AgendaRow.item(3),
            AgendaRow.pause(5),
            AgendaRow.item(4),
            AgendaRow.item(5),
            AgendaRow.item(6),
            AgendaRow.pause(5),
            AgendaRow.item(7),
            AgendaRow.item(8));

    @Test
    void reproducesTheCorpusTimetable() {
        List<TimetableRow> rows = Timetable.compute(LocalTime.of(9, 0), AGENDA, MINUTES::get);

        assertThat(rows)
                .extracting(TimetableRow::label)
                .containsExactly(
                        "9.00 - 9.15 (15)",
                        "9.15 - 9.30 (15)",
                        "9.30 - 9.50 (20)",
                        "9.50 - 9.55 (5)",
                        "9.55 - 10.10 (15)",
                        "10.10 - 10.20 (10)",
                        "10.20 - 10.45 (25)",
                        "10.45 - 10.50 (5)",
                        "10.50 - 11.50 (60)",
                        "11.50 - 12.00 (10)");
        assertThat(rows).extracting(TimetableRow::number).containsExactly(1, 2, 3, null, 4, 5, 6, null, 7, 8);
        assertThat(rows.get(3))
                .isEqualTo(new TimetableRow(
                        TimetableRow.Kind.PAUSE, null, null, LocalTime.of(9, 50), LocalTime.of(9, 55), 5));
        assertThat(rows.get(8))
                .isEqualTo(new TimetableRow(
                        TimetableRow.Kind.ITEM, 7, 7L, LocalTime.of(10, 50), LocalTime.of(11, 50), 60));
        assertThat(Timetable.totalMinutes(rows)).isEqualTo(180);
    }

    @Test
    void anItemWithoutPlannedMinutesTakesNone() {
        List<TimetableRow> rows = Timetable.compute(
                LocalTime.of(14, 0), List.of(AgendaRow.item(1), AgendaRow.item(2)), id -> id == 1 ? null : 30);
        assertThat(rows).extracting(TimetableRow::label).containsExactly("14.00 - 14.00 (0)", "14.00 - 14.30 (30)");
    }

    @Test
    void anEmptyAgendaHasNoRows() {
        assertThat(Timetable.compute(LocalTime.NOON, List.of(), id -> 10)).isEmpty();
        assertThat(Timetable.endsAfter(List.of(), LocalTime.NOON)).isFalse();
    }

    @Test
    void tellsWhenThePlanRunsPastTheEnd() {
        List<TimetableRow> rows = Timetable.compute(LocalTime.of(9, 0), AGENDA, MINUTES::get);
        assertThat(Timetable.endsAfter(rows, LocalTime.of(12, 0))).isFalse();
        assertThat(Timetable.endsAfter(rows, LocalTime.of(13, 0))).isFalse();
        assertThat(Timetable.endsAfter(rows, LocalTime.of(11, 59))).isTrue();
        assertThat(Timetable.endsAfter(rows, null)).isFalse();
    }

    @Test
    void aPlanRunningPastMidnightStillEndsAfter() {
        List<TimetableRow> rows = Timetable.compute(LocalTime.of(23, 0), List.of(AgendaRow.item(1)), id -> 120);
        assertThat(rows.get(0).end()).isEqualTo(LocalTime.of(1, 0));
        assertThat(Timetable.endsAfter(rows, LocalTime.of(23, 59))).isTrue();
    }
}
