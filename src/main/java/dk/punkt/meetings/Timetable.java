package dk.punkt.meetings;

import dk.punkt.meetings.MeetingView.AgendaRow;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The timetable (tidsplan): start and end times follow from the meeting start, the durations and the pauses. */
public final class Timetable {

    private static final int MINUTES_PER_DAY = 24 * 60;

    private Timetable() {}

    /**
     * One row per agenda row, in order. Items are numbered from 1 (pauses are not numbered); an item whose
     * planned minutes are unknown ({@code minutesOfItem} gives null) takes 0 minutes.
     */
    public static List<TimetableRow> compute(
            LocalTime start, List<AgendaRow> rows, Function<Long, Integer> minutesOfItem) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(minutesOfItem, "minutesOfItem");
        List<TimetableRow> result = new ArrayList<>(rows.size());
        LocalTime at = start;
        int number = 0;
        for (AgendaRow row : rows) {
            if (row.isPause()) {
                int minutes = row.pauseMinutes();
                result.add(new TimetableRow(TimetableRow.Kind.PAUSE, null, null, at, at.plusMinutes(minutes), minutes));
                at = at.plusMinutes(minutes);
            } else {
                Integer planned = minutesOfItem.apply(row.itemId());
                int minutes = planned == null ? 0 : Math.max(0, planned);
                number++;
                result.add(new TimetableRow(
                        TimetableRow.Kind.ITEM, number, row.itemId(), at, at.plusMinutes(minutes), minutes));
                at = at.plusMinutes(minutes);
            }
        }
        return List.copyOf(result);
    }

    /** Total planned minutes, pauses included. */
    public static int totalMinutes(List<TimetableRow> rows) {
        return rows.stream().mapToInt(TimetableRow::minutes).sum();
    }

    /**
     * Whether the plan runs past {@code meetingEnd}; false when there is no end or no rows. Counted in minutes
     * from the first row's start, so a plan running past midnight is still "after".
     */
    public static boolean endsAfter(List<TimetableRow> rows, LocalTime meetingEnd) {
        if (meetingEnd == null || rows.isEmpty()) {
            return false;
        }
        int start = minuteOfDay(rows.get(0).start());
        int end = minuteOfDay(meetingEnd);
        if (end < start) {
            end += MINUTES_PER_DAY; // the meeting itself ends after midnight
        }
        return start + totalMinutes(rows) > end;
    }

    private static int minuteOfDay(LocalTime t) {
        return t.getHour() * 60 + t.getMinute();
    }
}
