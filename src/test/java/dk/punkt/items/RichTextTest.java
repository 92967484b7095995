package dk.punkt.items;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void nullAndEmptyGiveEmpty() {
        assertThat(RichText.sanitize(null)).isEmpty();
        assertThat(RichText.sanitize("")).isEmpty();
    }

    @Test
    void removesScripts() {
        String clean = RichText.sanitize("<p>Før</p><script>alert('x')</script><p>Efter</p>");
        assertThat(clean).doesNotContain("script").doesNotContain("alert").contains("<p>Før</p>", "<p>Efter</p>");
    }

    @Test
    void removesEventHandlersAndStyles() {
        String clean = RichText.sanitize(
                "<p onclick=\"steal()\" style=\"color:red\">Tekst</p><strong onmouseover=\"x()\">fed</strong>");
        assertThat(clean)
                .doesNotContain("onclick", "steal", "style", "color", "onmouseover")
                .contains("<p>Tekst</p>", "<strong>fed</strong>");
    }

    @Test
    void removesIframesAndStyleElements() {
        String clean = RichText.sanitize(
                "<iframe src=\"https://evil.example\"></iframe><style>p{}</style><img src=x onerror=y><p>ok</p>");
        assertThat(clean)
                .doesNotContain("iframe", "evil", "<style", "img", "onerror")
                .contains("<p>ok</p>");
    }

    @Test
    void keepsAllowedTags() {
        String html = "<h3>Overskrift</h3><h4>Under</h4><p>a<br />b</p><ul><li><b>x</b></li></ul>"
                + "<ol><li><em>y</em> <i>z</i></li></ol>"
                + "<table><thead><tr><th>Navn</th></tr></thead><tbody><tr><td>Værdi</td></tr></tbody></table>";
        String clean = RichText.sanitize(html);
        for (String tag : new String[] {
            "<h3>", "<h4>", "<p>", "<br />", "<ul>", "<li>", "<b>", "<ol>", "<em>", "<i>", "<table>", "<thead>",
            "<tbody>", "<tr>", "<th>", "<td>"
        }) {
            assertThat(clean).contains(tag);
        }
        assertThat(clean).contains("Værdi", "Overskrift");
    }

    @Test
    void keepsSafeLinksOnly() {
        assertThat(RichText.sanitize("<a href=\"https://www.kk.dk/x\">link</a>"))
                .contains("href=\"https://www.kk.dk/x\"")
                .contains(">link</a>");
        assertThat(RichText.sanitize("<a href=\"mailto:a@b.dk\">mail</a>")).contains("href=\"mailto:a&#64;b.dk\"");
        assertThat(RichText.sanitize("<a href=\"javascript:alert(1)\">bad</a>"))
                .doesNotContain("javascript")
                .contains("bad");
    }

    @Test
    void escapesPlainTextSafely() {
        assertThat(RichText.sanitize("1 < 2 & 3 > 2")).doesNotContain("<2").contains("&lt;", "&amp;");
    }
}
