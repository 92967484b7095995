package dk.punkt.minutes;

import java.time.Instant;

/** A private note on an item, as its author sees it. */
public record NoteView(long itemId, String text, Instant updatedAt, long version) {}
