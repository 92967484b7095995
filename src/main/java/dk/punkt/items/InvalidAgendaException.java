package dk.punkt.items;

/** An agenda row that cannot be used; {@link #field()} names it, e.g. {@code rows[2].itemId}. */
public class InvalidAgendaException extends IllegalArgumentException {

    private final String field;

    public InvalidAgendaException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
