package dk.punkt.items;

/** An item lifecycle step that its current state does not allow. */
public class ItemStateException extends IllegalStateException {

    private final long itemId;
    private final ItemState current;
    private final ItemState wanted;

    public ItemStateException(long itemId, ItemState current, ItemState wanted) {
        super("Agenda item " + itemId + " cannot go from " + current + " to " + wanted);
        this.itemId = itemId;
        this.current = current;
        this.wanted = wanted;
    }

    public long itemId() {
        return itemId;
    }

    public ItemState current() {
        return current;
    }

    public ItemState wanted() {
        return wanted;
    }
}
