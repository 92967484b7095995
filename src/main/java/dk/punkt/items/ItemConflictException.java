package dk.punkt.items;

/**
 * A save based on a version of the item that someone else has changed since: it was not applied, so nothing is
 * overwritten unnoticed. {@code currentVersion} is the version now stored.
 */
public class ItemConflictException extends RuntimeException {

    private final long itemId;
    private final long expectedVersion;
    private final long currentVersion;

    public ItemConflictException(long itemId, long expectedVersion, long currentVersion) {
        super("Agenda item " + itemId + " was changed by someone else: the save was based on version "
                + expectedVersion + ", but version " + currentVersion
                + " is stored now; reload the item and make the change again");
        this.itemId = itemId;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public long itemId() {
        return itemId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
