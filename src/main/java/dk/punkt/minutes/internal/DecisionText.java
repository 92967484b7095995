package dk.punkt.minutes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * The decision text as the secretary types it in meeting mode, and the HTML it is stored as. Plain text keeps the
 * page working without JavaScript: a blank line starts a paragraph, lines starting with "- " make a bulleted list and
 * lines starting with "1. " a numbered one, as in the corpus minutes. Inline markup (bold, links) is not kept when a
 * decision is edited this way.
 */
public final class DecisionText {

    private static final Pattern BULLET = Pattern.compile("^\\s*[-•*]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d+[.)]\\s+(.*)$");
    private static final Pattern LIST =
            Pattern.compile("<(ul|ol)>(.*?)</\\1>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern ITEM = Pattern.compile("<li>(.*?)</li>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private DecisionText() {}

    /** Plain text → the HTML subset (escaped; the caller still sanitises). */
    public static String toHtml(String plain) {
        if (plain == null || plain.isBlank()) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        for (String block :
                plain.replace("\r\n", "\n").replace('\r', '\n').strip().split("\\n\\s*\\n")) {
            List<String> lines = new ArrayList<>();
            for (String line : block.split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
            if (lines.isEmpty()) {
                continue;
            }
            if (lines.stream().allMatch(l -> BULLET.matcher(l).matches())) {
                list(html, "ul", lines, BULLET);
            } else if (lines.stream().allMatch(l -> NUMBERED.matcher(l).matches())) {
                list(html, "ol", lines, NUMBERED);
            } else {
                html.append("<p>");
                for (int i = 0; i < lines.size(); i++) {
                    if (i > 0) {
                        html.append("<br>");
                    }
                    html.append(escape(lines.get(i)));
                }
                html.append("</p>");
            }
        }
        return html.toString();
    }

    /** Stored HTML → the plain text shown in the text area. */
    public static String toPlain(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Matcher lists = LIST.matcher(html);
        StringBuilder withLists = new StringBuilder();
        while (lists.find()) {
            boolean numbered = lists.group(1).equalsIgnoreCase("ol");
            Matcher items = ITEM.matcher(lists.group(2));
            StringBuilder text = new StringBuilder("\n\n");
            int n = 0;
            while (items.find()) {
                n++;
                text.append(numbered ? n + ". " : "- ")
                        .append(items.group(1).replaceAll("<[^>]+>", "").strip())
                        .append('\n');
            }
            text.append('\n');
            lists.appendReplacement(withLists, Matcher.quoteReplacement(text.toString()));
        }
        lists.appendTail(withLists);
        String text = withLists
                .toString()
                .replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)</(p|h3|h4|tr|table)>", "\n\n")
                .replaceAll("(?i)</t[dh]>", " ")
                .replaceAll("<[^>]+>", "");
        return HtmlUtils.htmlUnescape(text)
                .replaceAll("[ \\t]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    /** The text a decision "godkendt" starts from: the recommendation's clauses, as the committee approved them. */
    public static String approvedRecommendation(String committeeName, List<String> clauses) {
        String who = committeeName == null || committeeName.isBlank() ? "Udvalget" : committeeName;
        if (clauses == null || clauses.isEmpty()) {
            return who + " godkendte indstillingen.";
        }
        StringBuilder text = new StringBuilder(who).append(" godkendte indstillingen:\n\n");
        for (int i = 0; i < clauses.size(); i++) {
            text.append(i + 1).append(". ").append(clauses.get(i).strip()).append('\n');
        }
        return text.toString().strip();
    }

    private static void list(StringBuilder html, String tag, List<String> lines, Pattern marker) {
        html.append('<').append(tag).append('>');
        for (String line : lines) {
            Matcher m = marker.matcher(line);
            m.matches();
            html.append("<li>").append(escape(m.group(1).strip())).append("</li>");
        }
        html.append("</").append(tag).append('>');
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
