package dk.punkt.minutes.internal;

import dk.punkt.items.ItemView;
import dk.punkt.minutes.DecisionView;

/** One item of the minutes as the approval page lists it; {@code decision} is null when none is written. */
public record MinutesLine(int number, ItemView item, DecisionView decision) {

    /** The decision as plain text for the correction form. */
    public String plainDecision() {
        return decision == null ? "" : DecisionText.toPlain(decision.text());
    }
}
