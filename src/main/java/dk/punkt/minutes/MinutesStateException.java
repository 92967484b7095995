package dk.punkt.minutes;

/** A minutes step that the meeting's state does not allow (e.g. a decision on approved minutes). */
public class MinutesStateException extends IllegalStateException {

    public MinutesStateException(String message) {
        super(message);
    }
}
