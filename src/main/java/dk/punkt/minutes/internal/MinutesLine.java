package dk.punkt.minutes.internal;

import dk.punkt.items.ItemView;
import dk.punkt.minutes.DecisionView;
import dk.punkt.minutes.ReviewCommentView;
import dk.punkt.minutes.ReviewView;
import java.util.List;
import java.util.Objects;

/**
 * One item of the minutes as the approval page lists it; {@code decision} is null when none is written. With a draft
 * review, {@code sent} is the decision as the draft sent to the members had it (null when not sent, or the item was
 * not on the agenda then) and {@code comments} the members' comments on the item.
 */
public record MinutesLine(
        int number, ItemView item, DecisionView decision, ReviewView.SentItem sent, List<ReviewCommentView> comments) {

    public MinutesLine(int number, ItemView item, DecisionView decision) {
        this(number, item, decision, null, List.of());
    }

    public MinutesLine {
        comments = comments == null ? List.of() : List.copyOf(comments);
    }

    /** The decision as plain text for the correction form. */
    public String plainDecision() {
        return decision == null ? "" : DecisionText.toPlain(decision.text());
    }

    /** Whether the decision's text or outcome differs from the draft sent for comments. */
    public boolean changedSinceSent() {
        if (sent == null) {
            return false;
        }
        String now = decision == null ? null : decision.text();
        return !Objects.equals(blankToNull(sent.decision()), blankToNull(now))
                || sent.outcome() != (decision == null ? null : decision.outcome());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
