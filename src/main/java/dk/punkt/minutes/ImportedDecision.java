package dk.punkt.minutes;

/** A decision read from a legacy minutes document, for {@link DecisionService#recordImported}. */
public record ImportedDecision(long itemId, String text, Outcome outcome) {}
