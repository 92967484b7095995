package dk.punkt.notifications;

/** A subscription request with a bad field: {@code field} names it (email, choices, committeeId). */
public class InvalidSubscriptionException extends IllegalArgumentException {

    private final String field;

    public InvalidSubscriptionException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
