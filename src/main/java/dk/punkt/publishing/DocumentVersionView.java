package dk.punkt.publishing;

import java.time.Instant;

/**
 * One frozen version of a meeting's published document. {@code number} counts the meeting's versions from 1 in
 * the order they went out; {@code reason} is set for corrections.
 */
public record DocumentVersionView(
        long id,
        long meetingId,
        int number,
        VersionKind kind,
        String label,
        String reason,
        Instant createdAt,
        String createdBy) {

    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy 'kl.' HH:mm");

    /** When it went out, Danish local time: "06-06-2024 kl. 14:03". */
    public String publishedText() {
        return WHEN.format(createdAt.atZone(java.time.ZoneId.of("Europe/Copenhagen")));
    }

    /** Whether this version corrects an earlier one. */
    public boolean correction() {
        return reason != null;
    }
}
