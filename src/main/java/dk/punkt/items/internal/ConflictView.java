package dk.punkt.items.internal;

import dk.punkt.items.ItemHistoryEntry;
import dk.punkt.items.ItemView;

/**
 * The version someone else saved while the user was editing, shown beside the user's unsaved text so the two can
 * be merged; {@code lastChange} says who saved it and when (null if the history is empty).
 */
public record ConflictView(ItemView saved, ItemHistoryEntry lastChange) {}
