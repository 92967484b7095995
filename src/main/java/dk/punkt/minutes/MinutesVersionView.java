package dk.punkt.minutes;

import java.time.Instant;
import java.util.List;

/**
 * One immutable version of a meeting's approved minutes: number 1 is the approval, each correction adds one.
 *
 * @param reason the correction's reason; null for the approval
 * @param createdBy the user name of who approved or corrected
 * @param items every agenda item's decision as this version had it, in agenda order
 */
public record MinutesVersionView(
        long meetingId,
        int number,
        MinutesVersionKind kind,
        String reason,
        Instant createdAt,
        String createdBy,
        List<Item> items) {

    /** An item's decision in this version; {@code closed} items are left out for readers without access. */
    public record Item(
            int number,
            long itemId,
            String title,
            String caseNumber,
            boolean closed,
            String decision,
            Outcome outcome) {}
}
