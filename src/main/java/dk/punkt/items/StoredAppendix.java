package dk.punkt.items;

/**
 * An appendix with what an access check needs to know about its item: committee, whether the item is closed, its
 * state and meeting (to tell whether it has been published).
 */
public record StoredAppendix(
        ItemView.AppendixView appendix,
        long itemId,
        long committeeId,
        boolean itemClosed,
        ItemState itemState,
        Long meetingId) {

    /** Closed itself or part of a closed item: only for those who see the committee's closed content. */
    public boolean closedContent() {
        return appendix.closed() || itemClosed;
    }
}
