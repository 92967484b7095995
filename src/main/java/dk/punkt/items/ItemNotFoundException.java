package dk.punkt.items;

import java.util.NoSuchElementException;

/** No agenda item has the given id. */
public class ItemNotFoundException extends NoSuchElementException {

    private final long itemId;

    public ItemNotFoundException(long itemId) {
        super("No agenda item with id " + itemId);
        this.itemId = itemId;
    }

    public long itemId() {
        return itemId;
    }
}
