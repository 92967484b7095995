package dk.punkt.imports;

import dk.punkt.items.RichText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the lines of a section into the sanitised HTML subset: paragraphs, bullet ({@code -}, {@code *},
 * {@code •}) and numbered ({@code 1.}) lists, tab-separated tables (first row as header), Markdown bold and links.
 */
final class HtmlBlocks {

    static final Pattern BULLET = Pattern.compile("^\\s*[-*•–]\\s+(.*)$");
    static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,3})\\.\\s+(.*)$");
    private static final Pattern MD_ESCAPE = Pattern.compile("\\\\([_#\\-.!()\\[\\]`+{}|\\\\])");
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*]+)\\*\\*");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)\\s]*)\\)");
    private static final Pattern HEADING_MARKS = Pattern.compile("^#{1,6}\\s*");
    private static final Pattern AUTO_LINK = Pattern.compile("&lt;((?:https?|mailto):[^\\s&]+(?:&amp;[^\\s&]+)*)&gt;");

    private HtmlBlocks() {}

    /** The HTML of {@code lines}; the empty string when they hold no text. */
    static String toHtml(List<SourceLine> lines) {
        StringBuilder html = new StringBuilder();
        List<String> paragraph = new ArrayList<>();
        List<String> listItems = new ArrayList<>();
        String listTag = null;
        List<List<String>> table = new ArrayList<>();
        for (SourceLine line : lines) {
            String raw = stripHeadingMarks(line);
            if (line.isBlank()) {
                flushParagraph(html, paragraph);
                flushTable(html, table);
                continue;
            }
            Matcher bullet = BULLET.matcher(raw);
            Matcher numbered = NUMBERED.matcher(raw);
            String tag = bullet.matches() ? "ul" : numbered.matches() ? "ol" : null;
            if (raw.contains("\t")) {
                flushParagraph(html, paragraph);
                listTag = flushList(html, listItems, listTag);
                List<String> cells = new ArrayList<>();
                for (String cell : raw.split("\t", -1)) {
                    cells.add(cell.strip());
                }
                table.add(cells);
            } else if (tag != null) {
                flushParagraph(html, paragraph);
                flushTable(html, table);
                if (!tag.equals(listTag)) {
                    listTag = flushList(html, listItems, listTag);
                    listTag = tag;
                }
                listItems.add(inline((tag.equals("ul") ? bullet.group(1) : numbered.group(2)).strip()));
            } else {
                flushTable(html, table);
                listTag = flushList(html, listItems, listTag);
                paragraph.add(raw);
            }
        }
        flushParagraph(html, paragraph);
        flushList(html, listItems, listTag);
        flushTable(html, table);
        return RichText.sanitize(html.toString());
    }

    /** Headings inside a section (sub-headings kept as text) lose their marks; the text stays a paragraph. */
    private static String stripHeadingMarks(SourceLine line) {
        return line.markdownHeading()
                ? HEADING_MARKS.matcher(line.raw().strip()).replaceFirst("")
                : line.raw();
    }

    private static void flushParagraph(StringBuilder html, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        html.append("<p>");
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            html.append(inline(line.strip()));
            if (i < lines.size() - 1) {
                // Markdown's hard line break: two trailing spaces or a backslash.
                html.append(line.endsWith("  ") || line.endsWith("\\") ? "<br>" : " ");
            }
        }
        html.append("</p>");
        lines.clear();
    }

    private static String flushList(StringBuilder html, List<String> items, String tag) {
        if (items.isEmpty()) {
            return null;
        }
        html.append('<').append(tag).append('>');
        items.forEach(item -> html.append("<li>").append(item).append("</li>"));
        html.append("</").append(tag).append('>');
        items.clear();
        return null;
    }

    private static void flushTable(StringBuilder html, List<List<String>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        html.append("<table><thead>");
        appendRow(html, rows.get(0), columns, "th");
        html.append("</thead><tbody>");
        rows.subList(1, rows.size()).forEach(row -> appendRow(html, row, columns, "td"));
        html.append("</tbody></table>");
        rows.clear();
    }

    private static void appendRow(StringBuilder html, List<String> cells, int columns, String tag) {
        html.append("<tr>");
        for (int i = 0; i < columns; i++) {
            String cell = i < cells.size() ? cells.get(i) : "";
            html.append('<')
                    .append(tag)
                    .append('>')
                    .append(inline(cell))
                    .append("</")
                    .append(tag)
                    .append('>');
        }
        html.append("</tr>");
    }

    /** Escapes the text and turns Markdown bold and links into HTML; links other than http(s)/mailto keep only text. */
    static String inline(String text) {
        String escaped = escape(text.endsWith("\\") ? text.substring(0, text.length() - 1) : text);
        // Markdown escapes (\_ \# \- …) are the literal character; an escaped star must not open bold text.
        // Each pattern needs a character most lines lack; the look-up skips the regular expression, not a rule.
        if (escaped.indexOf('\\') >= 0) {
            escaped = MD_ESCAPE.matcher(escaped).replaceAll("$1");
        }
        if (escaped.contains("**")) {
            escaped = BOLD.matcher(escaped).replaceAll("<strong>$1</strong>");
        }
        escaped = escaped.replace("\\*", "*");
        if (escaped.indexOf('[') < 0 && !escaped.contains("&lt;")) {
            return escaped;
        }
        Matcher link = MD_LINK.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (link.find()) {
            String target = link.group(2);
            String label = link.group(1);
            String replacement =
                    target.startsWith("http://") || target.startsWith("https://") || target.startsWith("mailto:")
                            ? "<a href=\"" + target.replace("\"", "%22") + "\">" + label + "</a>"
                            : label;
            link.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        link.appendTail(out);
        return AUTO_LINK.matcher(out.toString()).replaceAll("<a href=\"$1\">$1</a>");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
