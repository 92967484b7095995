package dk.punkt.items;

import java.util.List;
import java.util.stream.Collectors;

/** A published agenda may only carry approved items; these are not (yet) approved. */
public class UnapprovedItemsException extends IllegalStateException {

    /** One item that keeps the agenda from going out. */
    public record Unapproved(long itemId, String title, ItemState state) {

        @Override
        public String toString() {
            return itemId + " '" + title + "' (" + state + ")";
        }
    }

    private final long meetingId;
    private final List<Unapproved> items;

    public UnapprovedItemsException(long meetingId, String refusedAction, List<Unapproved> items) {
        super("Meeting " + meetingId + ": cannot " + refusedAction + ", only approved items (GODKENDT or PÅ_DAGSORDEN)"
                + " may be on a published agenda; not approved: "
                + items.stream().map(Unapproved::toString).collect(Collectors.joining(", ")));
        this.meetingId = meetingId;
        this.items = List.copyOf(items);
    }

    public long meetingId() {
        return meetingId;
    }

    public List<Unapproved> items() {
        return items;
    }
}
