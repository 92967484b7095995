package dk.punkt.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as Danish documents print them ("Torsdag d. 06. juni 2024 kl. 09:00", "9.15"). */
public final class Formats {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE 'd.' dd. MMMM yyyy", DANISH);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy", DANISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", DANISH);
    private static final DateTimeFormatter TIMETABLE_TIME = DateTimeFormatter.ofPattern("H.mm", DANISH);

    private Formats() {}

    /** "Torsdag d. 06. juni 2024", capitalised as the corpus header. */
    public static String longDate(LocalDate date) {
        String text = LONG_DATE.format(date);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "06-06-2024", as in the corpus title "REFERAT Chefforum d. 06-06-2024". */
    public static String shortDate(LocalDate date) {
        return SHORT_DATE.format(date);
    }

    /** "09:00". */
    public static String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /** "9.15", as in the corpus timetable. */
    public static String timetableTime(LocalTime time) {
        return time == null ? "" : TIMETABLE_TIME.format(time);
    }
}
