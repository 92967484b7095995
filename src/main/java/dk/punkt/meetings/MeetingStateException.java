package dk.punkt.meetings;

/** A meeting was asked to do something its lifecycle state does not allow. */
public class MeetingStateException extends IllegalStateException {

    private final MeetingState current;
    private final MeetingState wanted;

    /** A refused transition from {@code current} to {@code wanted}. */
    public MeetingStateException(Long meetingId, MeetingState current, MeetingState wanted) {
        super("Meeting " + meetingId + " is " + current + " and cannot become " + wanted + nextHint(current));
        this.current = current;
        this.wanted = wanted;
    }

    /** A refused change (not a transition) in state {@code current}, e.g. editing approved minutes' agenda. */
    public MeetingStateException(Long meetingId, MeetingState current, String refusedAction) {
        super("Meeting " + meetingId + " is " + current + ": cannot " + refusedAction);
        this.current = current;
        this.wanted = null;
    }

    public MeetingState current() {
        return current;
    }

    /** The state asked for, or null when the refused request was not a transition. */
    public MeetingState wanted() {
        return wanted;
    }

    private static String nextHint(MeetingState current) {
        int next = current.ordinal() + 1;
        MeetingState[] states = MeetingState.values();
        return next < states.length ? " (only " + states[next] + " may follow)" : " (it is the final state)";
    }
}
