package dk.punkt.imports;

import java.util.regex.Pattern;

/**
 * One line of a source document. {@code plain} is the text without Markdown heading marks and bold markers, for
 * matching labels and headings; {@code raw} keeps them for rendering.
 */
record SourceLine(int number, String raw, String plain, boolean markdownHeading, boolean boldLine) {

    private static final Pattern HEADING_MARKS = Pattern.compile("^\\s*#{1,6}\\s*");
    private static final Pattern WHOLE_BOLD = Pattern.compile("^\\*\\*([^*]+)\\*\\*:?$");

    static SourceLine of(int number, String raw) {
        String text = raw.strip();
        boolean markdownHeading = text.startsWith("#");
        String withoutMarks = HEADING_MARKS.matcher(text).replaceFirst("");
        boolean bold = WHOLE_BOLD.matcher(withoutMarks.strip()).matches();
        String plain = withoutMarks.replace("**", "").replace('\u00a0', ' ').strip();
        return new SourceLine(number, raw, plain, markdownHeading, bold);
    }

    boolean isBlank() {
        return plain.isEmpty();
    }

    /** A Markdown heading or a line that is bold as a whole: how the corpus marks headings. */
    boolean looksLikeHeading() {
        return (markdownHeading || boldLine) && !plain.isEmpty();
    }

    /** The heading's text without a trailing colon. */
    String headingText() {
        return plain.endsWith(":") ? plain.substring(0, plain.length() - 1).strip() : plain;
    }
}
