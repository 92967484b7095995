package dk.punkt.minutes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The latest round of the draft minutes review of a meeting: when it was sent, the deadline for comments (inclusive),
 * and each item's decision as it read when sent. {@code open} says whether members may still comment.
 */
public record ReviewView(
        long meetingId,
        int round,
        LocalDate deadline,
        Instant sentAt,
        String sentBy,
        boolean open,
        List<SentItem> items) {

    public ReviewView {
        items = List.copyOf(items);
    }

    /** An item's decision as the draft sent had it. */
    public record SentItem(int number, long itemId, String title, boolean closed, String decision, Outcome outcome) {}
}
