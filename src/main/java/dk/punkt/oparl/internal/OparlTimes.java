package dk.punkt.oparl.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** OParl dates: {@code yyyy-mm-ddThh:mm:ss±hh:mm} in Danish time, whole seconds. */
final class OparlTimes {

    static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private OparlTimes() {}

    static String format(Instant instant) {
        return DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(DANISH));
    }

    /** A meeting's local date and time as a moment in Danish time (summer or winter offset as on that day). */
    static String format(LocalDate date, LocalTime time) {
        return DATE_TIME.format(
                date.atTime(time.truncatedTo(ChronoUnit.SECONDS)).atZone(DANISH));
    }

    /**
     * A filter value: a date-time with offset ({@code 2024-06-06T09:00:00+02:00}) or a date, read as midnight
     * Danish time.
     */
    static Instant parse(String name, String value) {
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(DANISH).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new OparlBadRequest("Parameter " + name + " is not a date-time with offset (e.g."
                    + " 2024-06-06T09:00:00+02:00) or a date: '" + value + "'");
        }
    }
}
