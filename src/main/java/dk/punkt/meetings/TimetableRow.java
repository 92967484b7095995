package dk.punkt.meetings;

import java.time.LocalTime;

/**
 * One line of a meeting's timetable (tidsplan): an item with its number, or a pause.
 *
 * @param number the item's agenda number counted from 1; null for a pause
 * @param itemId null for a pause
 */
public record TimetableRow(Kind kind, Integer number, Long itemId, LocalTime start, LocalTime end, int minutes) {

    public enum Kind {
        ITEM,
        PAUSE
    }

    public boolean isPause() {
        return kind == Kind.PAUSE;
    }

    /** As printed in the agenda's time column, e.g. "9.00 - 9.15 (15)". */
    public String label() {
        return time(start) + " - " + time(end) + " (" + minutes + ")";
    }

    private static String time(LocalTime t) {
        return t.getHour() + "." + String.format("%02d", t.getMinute());
    }
}
