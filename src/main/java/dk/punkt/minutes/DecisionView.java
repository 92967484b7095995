package dk.punkt.minutes;

/** The decision recorded for one agenda item: sanitised HTML text and an outcome (may be null while drafting). */
public record DecisionView(long itemId, String text, Outcome outcome, long version) {}
