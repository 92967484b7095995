package dk.punkt.minutes.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as the minutes pages print them, in Danish time. */
public final class MinutesFormats {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH.mm", Locale.forLanguageTag("da-DK"));

    private MinutesFormats() {}

    /** "23. november 2026 kl. 14.05". */
    public static String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(DANISH_TIME));
    }
}
