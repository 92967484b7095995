package dk.punkt.minutes;

/**
 * Someone else saved the decision since the caller read it: the caller's text is not saved, and {@link #current()}
 * is what the other person saved, so the caller can merge and save again.
 */
public class DecisionConflictException extends MinutesStateException {

    private final transient DecisionView current;

    public DecisionConflictException(long itemId, long expectedVersion, DecisionView current) {
        super("The decision on item " + itemId + " was changed by someone else: version " + expectedVersion
                + " was expected, it is now version " + current.version() + "; merge the texts and save again");
        this.current = current;
    }

    public DecisionView current() {
        return current;
    }
}
