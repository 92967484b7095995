package dk.punkt.cases;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case number in the KLE form {@code EE.HH.EE-FNN-S-YY}, e.g. {@code 00.01.00-P35-9-22}: KLE subject number,
 * action facet, serial number and two-digit year.
 */
public record CaseNumber(String subject, String facet, int serial, int year) implements Comparable<CaseNumber> {

    private static final Pattern SUBJECT = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}");
    private static final Pattern FACET = Pattern.compile("[A-ZÆØÅ]\\d{2}");
    private static final Pattern SERIAL = Pattern.compile("[1-9]\\d{0,5}");
    private static final Pattern YEAR = Pattern.compile("\\d{2}");
    private static final Pattern WHOLE = Pattern.compile("^(.*?)-([^-]*)-([^-]*)-([^-]*)$");

    public CaseNumber {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(facet, "facet");
        if (!SUBJECT.matcher(subject).matches()) {
            throw new InvalidCaseNumberException(InvalidCaseNumberException.Part.SUBJECT, subject);
        }
        if (!FACET.matcher(facet).matches()) {
            throw new InvalidCaseNumberException(InvalidCaseNumberException.Part.FACET, facet);
        }
        if (serial < 1 || serial > 999_999) {
            throw new InvalidCaseNumberException(InvalidCaseNumberException.Part.SERIAL, String.valueOf(serial));
        }
        if (year < 0 || year > 99) {
            throw new InvalidCaseNumberException(InvalidCaseNumberException.Part.YEAR, String.valueOf(year));
        }
    }

    /**
     * Reads a case number, tolerating surrounding white space and lower-case facet letters.
     *
     * @throws InvalidCaseNumberException naming the part that is wrong
     */
    public static CaseNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidCaseNumberException(InvalidCaseNumberException.Part.WHOLE, text == null ? "" : text);
        }
        String trimmed = text.strip();
        Matcher whole = WHOLE.matcher(trimmed);
        if (!whole.matches()) {
            throw new InvalidCaseNumberException(InvalidCaseNumberException.Part.WHOLE, trimmed);
        }
        String subject = whole.group(1);
        String facet = whole.group(2).toUpperCase(java.util.Locale.ROOT);
        String serial = whole.group(3);
        String year = whole.group(4);
        if (!SUBJECT.matcher(subject).matches()) {
            throw new InvalidCaseNumberException(InvalidCaseNumberException.Part.SUBJECT, subject);
        }
        if (!FACET.matcher(facet).matches()) {
            throw new InvalidCaseNumberException(InvalidCaseNumberException.Part.FACET, whole.group(2));
        }
        if (!SERIAL.matcher(serial).matches()) {
            throw new InvalidCaseNumberException(InvalidCaseNumberException.Part.SERIAL, serial);
        }
        if (!YEAR.matcher(year).matches()) {
            throw new InvalidCaseNumberException(InvalidCaseNumberException.Part.YEAR, year);
        }
        return new CaseNumber(subject, facet, Integer.parseInt(serial), Integer.parseInt(year));
    }

    /** Whether {@code text} is a well-formed case number. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidCaseNumberException e) {
            return false;
        }
    }

    /** The KLE main group, the first pair of digits ({@code 00} = Kommunens styrelse). */
    public String mainGroup() {
        return subject.substring(0, 2);
    }

    /** The four-digit year, assuming case numbers are from 1970–2069. */
    public int fullYear() {
        return year < 70 ? 2000 + year : 1900 + year;
    }

    @Override
    public int compareTo(CaseNumber other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public String toString() {
        // Two digits (the year is 0–99); not String.format, which parses its pattern on every call (once per item
        // written by an import).
        return subject + "-" + facet + "-" + serial + "-" + (year < 10 ? "0" : "") + year;
    }
}
