package dk.punkt.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/**
 * {@link EntryBuilder.PlainText} (loops, session 7) gives exactly what the five regular expressions gave before it, on
 * HTML made from the corpus, on HTML as the items module sanitises it, and on malformed and random markup.
 */
class PlainTextTest {

    /** PlainText until session 6, the reference. */
    private static final class Regex {
        private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<\\s*(br|/p|/li|/h[1-6]|/tr)\\s*/?>");
        private static final Pattern CELL_END = Pattern.compile("(?i)</t[dh]>");
        private static final Pattern TAG = Pattern.compile("<[^>]*>");
        private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");
        private static final Pattern AROUND_LINE_BREAK = Pattern.compile(" *\n[ \n]*");

        static String of(String html) {
            if (html == null) {
                return null;
            }
            String text = LINE_BREAK_TAG.matcher(html).replaceAll("\n");
            text = CELL_END.matcher(text).replaceAll(" ");
            text = TAG.matcher(text).replaceAll("");
            text = HtmlUtils.htmlUnescape(text);
            text = SPACES.matcher(text).replaceAll(" ");
            return AROUND_LINE_BREAK.matcher(text).replaceAll("\n").strip();
        }
    }

    private static void assertSame(String html) {
        assertThat(EntryBuilder.PlainText.of(html)).as(html).isEqualTo(Regex.of(html));
    }

    @Test
    void nullStaysNull() {
        assertThat(EntryBuilder.PlainText.of(null)).isNull();
    }

    @Test
    void sanitisedHtmlBecomesText() {
        assertThat(EntryBuilder.PlainText.of("<p>Budget <strong>2025</strong> &amp; forslag</p><p>Næste</p>"))
                .isEqualTo("Budget 2025 & forslag\nNæste");
        assertThat(EntryBuilder.PlainText.of("<table><tr><td>a</td><TD>b</Td></tr></table>"))
                .isEqualTo("a b");
    }

    @Test
    void corpusAsHtmlGivesTheSameText() {
        for (String file : List.of("chefforum-2019-10-24", "chefforum-2024-06-06", "chefforum-2025-02-12")) {
            String text = DanishIndexChainTest.corpus(file);
            assertSame(text);
            StringBuilder html = new StringBuilder();
            for (String paragraph : text.split("\n\\s*\n")) {
                if (paragraph.startsWith("|")) {
                    html.append("<table>");
                    for (String row : paragraph.split("\n")) {
                        html.append("<tr>");
                        for (String cell : row.split("\\|")) {
                            html.append("<td>")
                                    .append(HtmlUtils.htmlEscape(cell))
                                    .append("</td>");
                        }
                        html.append("</tr>\n");
                    }
                    html.append("</table>");
                } else if (paragraph.startsWith("#")) {
                    html.append("<h3>").append(HtmlUtils.htmlEscape(paragraph)).append("</h3>");
                } else if (paragraph.startsWith("- ")) {
                    html.append("<ul>");
                    for (String line : paragraph.split("\n")) {
                        html.append("<li>").append(HtmlUtils.htmlEscape(line)).append("</li>\n");
                    }
                    html.append("</ul>");
                } else {
                    html.append("<p>")
                            .append(HtmlUtils.htmlEscape(paragraph).replace("\n", "<br>\n"))
                            .append("</p>\n");
                }
            }
            assertSame(html.toString());
            for (String paragraph : html.toString().split("\n")) {
                assertSame(paragraph);
            }
        }
    }

    @Test
    void malformedMarkupGivesTheSameText() {
        for (String html : List.of(
                "",
                " ",
                "\n",
                "a < b <br> c",
                "<a <br> b>",
                "<a </td> b>",
                "a <b",
                "<p",
                "< br >",
                "<br/ >",
                "<BR/>",
                "< /P>",
                "</p >x",
                "</h7>",
                "</h0></h6></H1>",
                "</pre>",
                "</lix>",
                "</tdd>",
                "</t>",
                "</td",
                "<<br>>",
                "<\n\n/li\t/>",
                "a\r\n\r\nb",
                "a \u000B\f\t b",
                "a\u00a0 \n \u00a0b",
                "&lt;br&gt; &amp;lt; &#60;p&#62; &#x3c;/td&#x3e;",
                "& &; &#; &#xZZ; &unknown; &amp",
                "  \n  \n  tekst  \n\n  ",
                "x > y < z",
                ">><<>>",
                "<p>a</p>\n<p>b</p>")) {
            assertSame(html);
        }
    }

    /** Random strings of markup pieces: tags whole and broken, entities, every kind of white space, letters. */
    @Test
    void randomMarkupGivesTheSameText() {
        String[] pieces = {
            "<",
            ">",
            "/",
            "br",
            "BR",
            "Br",
            "p",
            "/p",
            "/P",
            "li",
            "/li",
            "/LI",
            "h",
            "/h1",
            "/h6",
            "/h7",
            "/H3",
            "tr",
            "/tr",
            "/td",
            "/TD",
            "/th",
            "/Th",
            "t",
            "d",
            " ",
            " ",
            "  ",
            "\t",
            "\n",
            "\n\n",
            "\r",
            "\f",
            "\u000B",
            "\u00a0",
            "\u2003",
            "&",
            "&amp;",
            "&lt;",
            "&gt;",
            "&#60;",
            "&#x3e;",
            "&nbsp;",
            ";",
            "#",
            "a",
            "æ",
            "Ø",
            "tekst",
            "<p>",
            "</p>",
            "<br>",
            "<br/>",
            "<strong>",
            "</strong>",
            "<td>",
            "</td>",
            "<a href=\"x\">",
            "</a>"
        };
        SplittableRandom random = new SplittableRandom(7);
        List<String> failures = new ArrayList<>();
        for (int n = 0; n < 200_000; n++) {
            StringBuilder html = new StringBuilder();
            for (int count = random.nextInt(25); count >= 0; count--) {
                html.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = html.toString();
            if (!Regex.of(text).equals(EntryBuilder.PlainText.of(text)) && failures.size() < 10) {
                failures.add(text);
            }
        }
        assertThat(failures).isEmpty();
    }
}
