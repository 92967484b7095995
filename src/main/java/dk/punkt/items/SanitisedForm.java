package dk.punkt.items;

/**
 * Whether HTML is already exactly what {@link RichText}'s sanitiser would make of it: a strict subset of its output
 * form, recognised in one pass. Anything outside the subset (attributes, links, unusual characters or nesting) is
 * simply not recognised and goes through the sanitiser; recognising too little costs time, never safety.
 *
 * <p>The subset: the allowed elements without attributes, each only where the sanitiser's tag balancing leaves it
 * alone (blocks at the top, list items in lists, rows in a table's head or body, cells in rows, inline formatting and
 * {@code <br />} in text), properly closed; text of characters the sanitiser writes as they are, and the
 * character references it writes for the others. {@code RichTextTest} checks this against the sanitiser.
 */
final class SanitisedForm {

    private static final int ROOT = 0;
    private static final int BLOCK = 1; // p, h3, h4: inline content
    private static final int LIST = 2; // ul, ol: list items only
    private static final int ITEM = 3; // li: inline content
    private static final int INLINE = 4; // strong, b, em, i
    private static final int TABLE = 5;
    private static final int SECTION = 6; // thead, tbody: rows only
    private static final int ROW = 7; // tr: cells only
    private static final int CELL = 8; // th, td: inline content

    /** Deep enough for any text we write, far below the sanitiser's own nesting limit. */
    private static final int MAX_DEPTH = 16;

    private static final String[] NAMES = {
        "p", "h3", "h4", "ul", "ol", "li", "th", "td", "strong", "b", "em", "i", "table", "thead", "tbody", "tr"
    };
    private static final int[] KINDS = {
        BLOCK, BLOCK, BLOCK, LIST, LIST, ITEM, CELL, CELL, INLINE, INLINE, INLINE, INLINE, TABLE, SECTION, SECTION, ROW
    };

    /** The character references the sanitiser writes for the ASCII characters it does not write as they are. */
    private static final String[] REFERENCES = {
        "&amp;", "&lt;", "&gt;", "&#34;", "&#39;", "&#43;", "&#61;", "&#64;", "&#96;"
    };

    private SanitisedForm() {}

    static boolean holds(String html) {
        int[] open = new int[MAX_DEPTH]; // indexes into NAMES
        int[] children = new int[MAX_DEPTH]; // a table's: 1 after its head, 2 after its body
        int depth = 0;
        int n = html.length();
        int i = 0;
        while (i < n) {
            char c = html.charAt(i);
            int context = depth == 0 ? ROOT : KINDS[open[depth - 1]];
            if (c == '<') {
                if (html.startsWith("<br />", i)) {
                    if (!holdsText(context)) {
                        return false;
                    }
                    i += 6;
                    continue;
                }
                boolean closing = i + 1 < n && html.charAt(i + 1) == '/';
                int nameStart = i + (closing ? 2 : 1);
                int end = html.indexOf('>', nameStart);
                if (end < 0) {
                    return false;
                }
                int element = element(html, nameStart, end);
                if (element < 0) {
                    return false;
                }
                if (closing) {
                    if (depth == 0 || open[depth - 1] != element) {
                        return false;
                    }
                    depth--;
                } else {
                    int kind = KINDS[element];
                    if (depth == MAX_DEPTH || !allowed(context, kind)) {
                        return false;
                    }
                    if (context == TABLE) {
                        // At most one head, then at most one body.
                        int order = NAMES[element].equals("thead") ? 1 : 2;
                        if (children[depth - 1] >= order) {
                            return false;
                        }
                        children[depth - 1] = order;
                    }
                    open[depth] = element;
                    children[depth] = 0;
                    depth++;
                }
                i = end + 1;
            } else if (c == '&') {
                int length = reference(html, i);
                if (length == 0 || !holdsText(context)) {
                    return false;
                }
                i += length;
            } else {
                if (!holdsText(context) || !plain(c)) {
                    return false;
                }
                // The rest of this run of text at once.
                i++;
                while (i < n && plain(html.charAt(i))) {
                    i++;
                }
            }
        }
        return depth == 0;
    }

    private static boolean holdsText(int context) {
        return context == ROOT || context == BLOCK || context == ITEM || context == CELL || context == INLINE;
    }

    private static boolean allowed(int context, int child) {
        return switch (context) {
            case ROOT -> child == BLOCK || child == LIST || child == TABLE || child == INLINE;
            case BLOCK, ITEM, CELL, INLINE -> child == INLINE;
            case LIST -> child == ITEM;
            case TABLE -> child == SECTION;
            case SECTION -> child == ROW;
            case ROW -> child == CELL;
            default -> false;
        };
    }

    /** Which element {@code html[start, end)} names, exactly as the sanitiser writes it; -1 if none. */
    private static int element(String html, int start, int end) {
        int length = end - start;
        for (int e = 0; e < NAMES.length; e++) {
            if (NAMES[e].length() == length && html.startsWith(NAMES[e], start)) {
                return e;
            }
        }
        return -1;
    }

    /** The length of the character reference at {@code i} if it is one the sanitiser writes, else 0. */
    private static int reference(String html, int i) {
        for (String reference : REFERENCES) {
            if (html.startsWith(reference, i)) {
                return reference.length();
            }
        }
        return 0;
    }

    /**
     * Characters the sanitiser writes as they are, in any text: tab, newline, printable ASCII but for those it
     * writes as references ({@code " & ' + < = > @ `}) and the brace (it breaks {@code {{} with a comment), and
     * the Basic Multilingual Plane from U+00A0 to before the surrogates but for U+1FEF. (The sanitiser keeps some
     * others; they are simply left to it.)
     */
    static boolean plain(char c) {
        return c < 0x80 ? PLAIN_ASCII[c] : c >= 0xa0 && c < 0xd800 && c != 0x1fef;
    }

    private static final boolean[] PLAIN_ASCII = new boolean[0x80];

    static {
        PLAIN_ASCII['\t'] = true;
        PLAIN_ASCII['\n'] = true;
        for (char c = 0x20; c < 0x7f; c++) {
            PLAIN_ASCII[c] = "\"&'+<=>@`{".indexOf(c) < 0;
        }
    }
}
