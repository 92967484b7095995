package dk.punkt.minutes;

/** One item's corrected decision; a null outcome keeps the outcome it had. */
public record Correction(long itemId, String text, Outcome outcome) {}
