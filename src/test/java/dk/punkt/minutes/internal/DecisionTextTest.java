package dk.punkt.minutes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionTextTest {

    @Test
    void paragraphsListsAndLineBreaksBecomeTheHtmlSubset() {
        String plain = "Chefforum godkendte forslaget med følgende bemærkninger:\n\n"
                + "- SUS skal behandles igen.\n- Kurser skal foregå online.\n\n"
                + "1. at dagsordenen godkendes\n2. at referat godkendes\n\nLinje et\nLinje to & <mere>";
        assertThat(DecisionText.toHtml(plain))
                .isEqualTo("<p>Chefforum godkendte forslaget med følgende bemærkninger:</p>"
                        + "<ul><li>SUS skal behandles igen.</li><li>Kurser skal foregå online.</li></ul>"
                        + "<ol><li>at dagsordenen godkendes</li><li>at referat godkendes</li></ol>"
                        + "<p>Linje et<br>Linje to &amp; &lt;mere&gt;</p>");
    }

    @Test
    void htmlGoesBackToTheSamePlainText() {
        String plain = "Godkendt med bemærkninger:\n\n- en\n- to\n\n1. at a\n2. at b\n\nSlut & færdig";
        assertThat(DecisionText.toPlain(DecisionText.toHtml(plain))).isEqualTo(plain);
        assertThat(DecisionText.toPlain("<p>Chefforum <strong>godkendte</strong> dagsorden og referat.</p>"))
                .isEqualTo("Chefforum godkendte dagsorden og referat.");
        assertThat(DecisionText.toPlain(null)).isEmpty();
        assertThat(DecisionText.toHtml("  \n ")).isEmpty();
    }

    @Test
    void approvalStartsFromTheRecommendationsClauses() {
        assertThat(DecisionText.approvedRecommendation(
                        "Chefforum", List.of("at dagsordenen godkendes", "at referat godkendes")))
                .isEqualTo(
                        "Chefforum godkendte indstillingen:\n\n1. at dagsordenen godkendes\n2. at referat godkendes");
        assertThat(DecisionText.approvedRecommendation("Chefforum", List.of()))
                .isEqualTo("Chefforum godkendte indstillingen.");
    }
}
