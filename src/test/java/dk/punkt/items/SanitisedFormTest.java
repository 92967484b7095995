package dk.punkt.items;

import static org.assertj.core.api.Assertions.assertThat;

import dk.punkt.imports.MinutesTextParser;
import dk.punkt.publishing.MeetingDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link RichText#sanitize}'s short cut must give exactly the sanitiser's output: whatever {@link SanitisedForm}
 * recognises, the sanitiser leaves unchanged, and everything else still goes through the sanitiser.
 */
class SanitisedFormTest {

    private static final String[] CORPUS = {"chefforum-2019-10-24", "chefforum-2024-06-06", "chefforum-2025-02-12"};

    @Test
    void everyCharacterTakenAsItIsIsWrittenAsItIsBySanitiser() {
        int plain = 0;
        for (int c = 0; c <= 0xffff; c++) {
            String html = "<p>a" + (char) c + "b</p>";
            if (SanitisedForm.plain((char) c)) {
                plain++;
                assertThat(RichText.sanitiser(html)).as("U+%04X", c).isEqualTo(html);
            }
            assertThat(RichText.sanitize(html)).as("U+%04X", c).isEqualTo(RichText.sanitiser(html));
        }
        assertThat(plain).isGreaterThan(50_000);
    }

    @Test
    void corpusTextIsRecognisedAndUnchanged() {
        int recognised = 0;
        int texts = 0;
        MinutesTextParser parser = new MinutesTextParser();
        for (String name : CORPUS) {
            String text = corpus(name);
            // The benchmark's generated documents are the corpus on other dates; a few shapes of the text besides.
            for (String variant : List.of(text, text.replace("2024", "1931"), text.replace("\n", "\r\n"))) {
                for (String html : htmlOf(parser.parse(name + ".txt", variant))) {
                    texts++;
                    assertThat(RichText.sanitize(html)).isEqualTo(RichText.sanitiser(html));
                    if (SanitisedForm.holds(html)) {
                        recognised++;
                        assertThat(RichText.sanitiser(html)).isEqualTo(html);
                    }
                }
            }
        }
        // The parser's output is the sanitiser's: nearly all of it should be recognised.
        assertThat(recognised).isGreaterThan(texts * 9 / 10);
    }

    @Test
    void generatedHtmlIsSanitisedAlike() {
        Random random = new Random(20261204);
        int recognised = 0;
        for (int round = 0; round < 20_000; round++) {
            String html = flow(random, 0);
            if (random.nextInt(4) == 0) {
                html = mutate(random, html);
            }
            String sanitised = RichText.sanitiser(html);
            assertThat(RichText.sanitize(html)).as(html).isEqualTo(sanitised);
            if (SanitisedForm.holds(html)) {
                recognised++;
                assertThat(sanitised).as(html).isEqualTo(html);
            }
            // What the sanitiser writes, written again, is recognised or not, but never changed by the short cut.
            assertThat(RichText.sanitize(sanitised)).isEqualTo(RichText.sanitiser(sanitised));
        }
        assertThat(recognised).isGreaterThan(5_000);
    }

    @Test
    void hostileInputIsStillSanitised() {
        String[] hostile = {
            "<p onclick=\"x()\">a</p>",
            "<script>alert(1)</script>",
            "<p>a</p><img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<p>a<br>b</p>",
            "<P>a</P>",
            "<p >a</p>",
            "<p>a</p",
            "<p>a",
            "</p>",
            "<li>x</li>",
            "<p><ul><li>x</li></ul></p>",
            "<table><tr><td>x</td></tr></table>",
            "<table><tbody><tr><td>x</td></tr></tbody><thead><tr><th>x</th></tr></thead></table>",
            "<ul> <li>x</li></ul>",
            "<p>{{constructor.constructor('alert(1)')()}}</p>",
            "<p>a &amp b</p>",
            "<p>a &#60; b &quot; c</p>",
            "<p>\u0000\u0007\u001b</p>",
            "<p>\ud83d\ude00 \ud800</p>",
            "<!-- x --><p>a</p>",
            "<p><![CDATA[x]]></p>",
            "<style>p{}</style>",
            "<p>" + "<strong>".repeat(20) + "x" + "</strong>".repeat(20) + "</p>",
        };
        for (String html : hostile) {
            assertThat(SanitisedForm.holds(html)).as(html).isFalse();
            assertThat(RichText.sanitize(html)).as(html).isEqualTo(RichText.sanitiser(html));
        }
        assertThat(RichText.sanitize("<p>a</p><script>x</script>")).isEqualTo("<p>a</p>");
    }

    private static List<String> htmlOf(MeetingDocument document) {
        List<String> html = new ArrayList<>();
        for (MeetingDocument.Item item : document.items()) {
            item.sections().forEach(section -> html.add(section.text()));
            if (item.decision() != null) {
                html.add(item.decision());
            }
        }
        return html;
    }

    private static final String[] TEXT = {
        "Æblegrød", "økonomi", " ", "  ", "\n", "\t", "a", "1.", "–", "“citat”", "€", "§ 17", "&amp;", "&lt;",
        "&gt;", "&#34;", "&#39;", "&#43;", "&#61;", "&#64;", "&#96;", "(x)", "[y]", "50 %", "}", "~^|\\", "…", "\u00a0"
    };
    private static final String[] ODD = {
        "{",
        "{{",
        "\"",
        "'",
        "&",
        "&quot;",
        "&#60;",
        "<",
        ">",
        "=",
        "@",
        "+",
        "`",
        "\r",
        "\u0001",
        "\u1fef",
        "\ufffe",
        "\ud83d\ude00",
        "<br>",
        "<a href=\"https://x.dk\">l</a>",
        "<span>s</span>",
        "<p>",
        "</p>"
    };

    private static String flow(Random random, int depth) {
        StringBuilder html = new StringBuilder();
        int parts = random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            switch (random.nextInt(6)) {
                case 0 -> html.append(wrap(random.nextBoolean() ? "p" : pick(random, "h3", "h4"), inline(random, 0)));
                case 1 -> {
                    String tag = random.nextBoolean() ? "ul" : "ol";
                    StringBuilder items = new StringBuilder();
                    // An empty list too: the sanitiser keeps it.
                    for (int k = random.nextInt(4); k > 0; k--) {
                        items.append(wrap("li", inline(random, 0)));
                    }
                    html.append(wrap(tag, items.toString()));
                }
                case 2 -> html.append(table(random));
                case 3 -> html.append(inline(random, 0));
                case 4 -> html.append(random.nextBoolean() ? "\n" : "");
                default -> html.append(wrap("p", inline(random, 0)));
            }
        }
        return html.toString();
    }

    private static String table(Random random) {
        StringBuilder html = new StringBuilder("<table>");
        if (random.nextBoolean()) {
            html.append("<thead>").append(row(random, "th")).append("</thead>");
        }
        if (random.nextInt(4) > 0) {
            html.append("<tbody>");
            for (int k = random.nextInt(3); k > 0; k--) {
                html.append(row(random, random.nextInt(5) == 0 ? "th" : "td"));
            }
            html.append("</tbody>");
        }
        return html.append("</table>").toString();
    }

    private static String row(Random random, String cell) {
        StringBuilder html = new StringBuilder("<tr>");
        for (int k = random.nextInt(4); k > 0; k--) {
            html.append(wrap(cell, inline(random, 0)));
        }
        return html.append("</tr>").toString();
    }

    private static String inline(Random random, int depth) {
        StringBuilder html = new StringBuilder();
        for (int k = random.nextInt(5); k > 0; k--) {
            int choice = random.nextInt(10);
            if (choice < 6) {
                html.append(TEXT[random.nextInt(TEXT.length)]);
            } else if (choice == 6) {
                html.append("<br />");
            } else if (depth < 3) {
                html.append(wrap(pick(random, "strong", "b", "em", "i"), inline(random, depth + 1)));
            }
        }
        return html.toString();
    }

    /** Something the short cut must not take: an odd character or tag put in at random, or a tag cut out. */
    private static String mutate(Random random, String html) {
        int at = html.isEmpty() ? 0 : random.nextInt(html.length());
        if (random.nextBoolean() || html.isEmpty()) {
            return html.substring(0, at) + ODD[random.nextInt(ODD.length)] + html.substring(at);
        }
        return html.substring(0, at) + html.substring(Math.min(html.length(), at + 1 + random.nextInt(6)));
    }

    private static String wrap(String tag, String content) {
        return "<" + tag + ">" + content + "</" + tag + ">";
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }

    private static String corpus(String name) {
        try (InputStream in = SanitisedFormTest.class.getResourceAsStream("/demo/corpus/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
