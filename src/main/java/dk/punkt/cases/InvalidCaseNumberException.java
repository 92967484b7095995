package dk.punkt.cases;

/** A case number that is not in the KLE form; names the part at fault so the user can mend it. */
public class InvalidCaseNumberException extends IllegalArgumentException {

    /** The part of {@code EE.HH.EE-FNN-S-YY} that is wrong. */
    public enum Part {
        WHOLE("the form EE.HH.EE-FNN-S-YY, e.g. 00.01.00-P35-9-22"),
        SUBJECT("a KLE subject number of three two-digit pairs, e.g. 00.01.00"),
        FACET("an action facet of one letter and two digits, e.g. P35"),
        SERIAL("a serial number from 1, e.g. 9"),
        YEAR("a two-digit year, e.g. 22");

        private final String expected;

        Part(String expected) {
            this.expected = expected;
        }

        public String expected() {
            return expected;
        }
    }

    private final Part part;
    private final String value;

    public InvalidCaseNumberException(Part part, String value) {
        super("Invalid case number: '" + value + "' is not " + part.expected());
        this.part = part;
        this.value = value;
    }

    public Part part() {
        return part;
    }

    /** The text at fault: the whole input for {@link Part#WHOLE}, otherwise only the bad part. */
    public String value() {
        return value;
    }

    /** Message bundle key for the Danish text, with {@link #value()} as its argument. */
    public String messageKey() {
        return "caseNumber.invalid." + part.name().toLowerCase(java.util.Locale.ROOT);
    }
}
