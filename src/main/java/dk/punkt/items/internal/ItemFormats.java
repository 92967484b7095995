package dk.punkt.items.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times on the item pages, in Danish local time: "23.11.2026 kl. 13.45". */
public final class ItemFormats {

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d.M.yyyy 'kl.' HH.mm", Locale.forLanguageTag("da"));

    private ItemFormats() {}

    public static String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(ZONE));
    }

    /** File size for people: "512 B", "34 kB", "2,1 MB". */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " kB";
        }
        return String.format(Locale.forLanguageTag("da"), "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
