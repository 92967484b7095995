package dk.punkt.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.punkt.publishing.MeetingDocument;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** PDF input: the corpus printed as PDF parses to the same fields as the text it was printed from. */
class PdfParsingTest {

    private final MinutesTextParser parser = new MinutesTextParser();

    static List<String> corpus() {
        return CorpusFiles.NAMES;
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void thePrintedCorpusParsesLikeItsText(String name) {
        byte[] pdf = CorpusPdf.render(CorpusFiles.text(name), "Chefforum · Referat");

        MeetingDocument fromPdf = parser.parse(name + ".pdf", pdf);

        CorpusParsingTest.assertSameFields(fromPdf, CorpusParsingTest.parse(name), name);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void sectionTextsSurviveThePrint(String name) {
        MeetingDocument fromText = CorpusParsingTest.parse(name);
        MeetingDocument fromPdf = parser.parse(name + ".pdf", CorpusPdf.render(CorpusFiles.text(name), "Chefforum"));

        for (int i = 0; i < fromText.items().size(); i++) {
            List<MeetingDocument.Section> expected = fromText.items().get(i).sections();
            List<MeetingDocument.Section> actual = fromPdf.items().get(i).sections();
            for (int s = 0; s < expected.size(); s++) {
                assertThat(words(actual.get(s).text()))
                        .as(name + " item " + (i + 1) + " section "
                                + expected.get(s).name())
                        .isEqualTo(words(expected.get(s).text()));
            }
            assertThat(words(fromPdf.items().get(i).decision()))
                    .as(name + " item " + (i + 1) + " decision")
                    .isEqualTo(words(fromText.items().get(i).decision()));
        }
    }

    @Test
    void aPdfWithoutTextIsRefusedClearly() {
        byte[] empty = CorpusPdf.render("", "");

        assertThatThrownBy(() -> parser.parse("scan.pdf", empty))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("scan.pdf")
                .hasMessageContaining("without text");
    }

    @Test
    void aBrokenPdfIsRefusedClearly() {
        byte[] broken = "%PDF-1.7\nthis is not really a PDF".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> parser.parse("broken.pdf", broken))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("broken.pdf: ")
                .hasMessageContaining("not a readable PDF");
    }

    /** The words of an HTML text, without tags: what a reader reads, whatever the paragraphs. */
    private static String words(String html) {
        return html == null
                ? null
                : html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
    }
}
