package dk.punkt.items;

/**
 * An appendix was added to an item (uploaded with its file, or recorded by name only, as imports do), within the
 * transaction that recorded it. Listeners that do slow work (reading the file) should act after commit.
 */
public record AppendixAdded(long itemId, long appendixId) {}
