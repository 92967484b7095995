package dk.punkt.items;

/**
 * An item in a work list: the item, who wrote it (user name, null for imported items) and the recommender's comment
 * when it was returned for changes (null otherwise).
 */
public record ItemListing(ItemView item, String createdBy, String returnComment) {

    public boolean returned() {
        return returnComment != null;
    }
}
