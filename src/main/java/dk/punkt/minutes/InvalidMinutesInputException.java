package dk.punkt.minutes;

/** A value given to the minutes module is not acceptable; {@link #field()} names it (e.g. {@code reason}). */
public class InvalidMinutesInputException extends IllegalArgumentException {

    private final String field;

    public InvalidMinutesInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
