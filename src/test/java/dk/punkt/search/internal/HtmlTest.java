package dk.punkt.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

class HtmlTest {

    @Test
    void escapesEveryCharacterAsSpringDoesForUtf8() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String text = "a" + c + "b";
            assertThat(Html.escape(text)).isEqualTo(HtmlUtils.htmlEscape(text, "UTF-8"));
        }
    }

    @Test
    void escapesMixedTextsAndPartsOfThemAsSpringDoes() {
        String alphabet = "ab æøå<>&\"'é;#";
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(30); j > 0; j--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String plain = text.toString();
            assertThat(Html.escape(plain)).isEqualTo(HtmlUtils.htmlEscape(plain, "UTF-8"));
            int from = plain.isEmpty() ? 0 : random.nextInt(plain.length());
            int to = from + (plain.length() == from ? 0 : random.nextInt(plain.length() - from));
            StringBuilder part = new StringBuilder("x");
            Html.escape(plain, from, to, part);
            assertThat(part.toString()).isEqualTo("x" + HtmlUtils.htmlEscape(plain.substring(from, to), "UTF-8"));
        }
        String none = "Intet at undvige";
        assertThat(Html.escape(none)).isSameAs(none);
    }
}
