package dk.punkt.items;

import java.time.Instant;

/**
 * One step in an item's history, read from its Envers revisions: who did what and when. {@code detail} is the
 * return comment for {@link Kind#RETURNED}, the file name for {@link Kind#APPENDIX_ADDED}, otherwise null.
 */
public record ItemHistoryEntry(long revision, Instant at, String username, Kind kind, ItemState state, String detail) {

    public enum Kind {
        CREATED,
        EDITED,
        SUBMITTED,
        APPROVED,
        RETURNED,
        APPENDIX_ADDED,
        PLACED_ON_AGENDA,
        TREATED,
        POSTPONED,
        WITHDRAWN,
        OTHER
    }
}
