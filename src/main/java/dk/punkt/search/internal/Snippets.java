package dk.punkt.search.internal;

/**
 * Shortens a highlighted passage (escaped HTML with {@code <mark>} tags) to about {@code size} characters around its
 * first match. It cuts only at spaces, which never occur inside an entity or a {@code <mark>} tag, and closes a mark
 * left open, so the result stays well-formed.
 */
final class Snippets {

    private Snippets() {}

    static String around(String html, int size) {
        if (html == null || html.length() <= size) {
            return html;
        }
        int mark = Math.max(0, html.indexOf("<mark>"));
        int start = mark <= size / 3 ? 0 : html.lastIndexOf(' ', mark - size / 3);
        start = Math.max(0, start);
        if (start > mark) {
            start = 0;
        }
        int end = html.indexOf(' ', Math.max(mark + 1, start + size));
        if (end < 0) {
            end = html.length();
        }
        String cut = html.substring(start, end).strip();
        int open = count(cut, "<mark>");
        int closed = count(cut, "</mark>");
        StringBuilder result = new StringBuilder();
        if (start > 0) {
            result.append("… ");
        }
        result.append(cut);
        for (int i = closed; i < open; i++) {
            result.append("</mark>");
        }
        if (end < html.length()) {
            result.append(" …");
        }
        return result.toString();
    }

    private static int count(String text, String tag) {
        int count = 0;
        for (int at = text.indexOf(tag); at >= 0; at = text.indexOf(tag, at + tag.length())) {
            count++;
        }
        return count;
    }
}
