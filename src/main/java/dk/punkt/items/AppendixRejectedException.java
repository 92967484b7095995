package dk.punkt.items;

/** An uploaded appendix that is not accepted; {@link #reason()} says why, {@link #fileName()} names the file. */
public class AppendixRejectedException extends IllegalArgumentException {

    public enum Reason {
        /** The file name's ending is not one of the accepted types. */
        TYPE_NOT_ALLOWED,
        /** The content does not match the file name's type (e.g. "x.pdf" that is not a PDF). */
        CONTENT_MISMATCH,
        TOO_LARGE,
        EMPTY,
        NO_NAME,
        /** The item is not a draft, so its appendices are settled. */
        ITEM_NOT_DRAFT
    }

    private final String fileName;
    private final Reason reason;

    public AppendixRejectedException(String fileName, Reason reason, String message) {
        super("Appendix '" + fileName + "' refused: " + message);
        this.fileName = fileName;
        this.reason = reason;
    }

    public String fileName() {
        return fileName;
    }

    public Reason reason() {
        return reason;
    }
}
