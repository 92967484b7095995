package dk.punkt.search.internal;

/**
 * HTML escaping for snippets and titles, the same as Spring's {@code HtmlUtils.htmlEscape(text, "UTF-8")} (which
 * escapes exactly {@code < > " & '} for a UTF-8 page) without its lookup per character: a page of 20 hits escapes a
 * few kilobytes, and a text with nothing to escape is returned as it is.
 */
final class Html {

    private Html() {}

    static String escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (reference(text.charAt(i)) != null) {
                StringBuilder escaped = new StringBuilder(text.length() + 16);
                escape(text, 0, text.length(), escaped);
                return escaped.toString();
            }
        }
        return text;
    }

    /** Appends {@code text[from, to)} escaped to {@code html}. */
    static void escape(String text, int from, int to, StringBuilder html) {
        int plain = from;
        for (int i = from; i < to; i++) {
            String reference = reference(text.charAt(i));
            if (reference != null) {
                html.append(text, plain, i).append(reference);
                plain = i + 1;
            }
        }
        html.append(text, plain, to);
    }

    private static String reference(char c) {
        return switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '&' -> "&amp;";
            case '\'' -> "&#39;";
            default -> null;
        };
    }
}
