package dk.punkt.minutes.internal;

import dk.punkt.items.ItemView;
import dk.punkt.minutes.NoteView;

/** One item with the user's note; {@code withheld} when the user may not read the closed item's content. */
public record NoteLine(int number, ItemView item, boolean withheld, NoteView note) {}
