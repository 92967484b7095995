package dk.punkt.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dk.punkt.publishing.MeetingDocument;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The corpus re-shaped as other years' files are: the same fields come out. */
class VariationParsingTest {

    private final MinutesTextParser parser = new MinutesTextParser();

    static List<String> corpus() {
        return CorpusFiles.NAMES;
    }

    private MeetingDocument parseVariant(String name, UnaryOperator<String> change) {
        return parser.parse(name + "-variant.txt", change.apply(CorpusFiles.text(name)));
    }

    private static void assertSame(MeetingDocument actual, String name) {
        CorpusParsingTest.assertSameFields(actual, CorpusParsingTest.parse(name), name);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void windowsLineEndingsAndAByteOrderMark(String name) {
        assertSame(parseVariant(name, text -> "\uFEFF" + text.replace("\n", "\r\n")), name);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void withoutBoldMarkers(String name) {
        assertSame(parseVariant(name, text -> text.replace("**", "")), name);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void withBoldInsteadOfMarkdownHeadings(String name) {
        // "## Anledning" → "**Anledning**": headings marked only by bold text, as in some Word exports.
        assertSame(
                parseVariant(
                        name, text -> text.replaceAll("(?m)^#{1,6}\\s*(?:\\*\\*)?(.*?)(?:\\*\\*)?\\s*$", "**$1**")),
                name);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void extraBlankLinesAndTrailingSpaces(String name) {
        assertSame(parseVariant(name, text -> text.replace("\n\n", "\n\n\n\n").replaceAll("(?m)(\\S)$", "$1 ")), name);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void markdownCommentsAreNotContent(String name) {
        // Comment lines after every heading, a comment over several lines, and one at the end (after the last
        // item's appendix list, where it would otherwise read as one more appendix).
        assertSame(
                parseVariant(
                        name,
                        text -> text.replaceAll("(?m)^(#{1,6} .*)$", "$1\n<!-- note -->")
                                + "\n<!-- exported\n   by hand -->\n<!-- copy 9 -->\n"),
                name);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void caseNumbersWithSagsNrOrSagsnummerPrefix(String name) {
        MeetingDocument sagsNr =
                parseVariant(name, text -> text.replaceAll("(?m)^(\\d{2}\\.\\d{2}\\.\\d{2}-\\S+)$", "Sags nr. $1"));
        MeetingDocument sagsnummer = parseVariant(
                name, text -> text.replaceAll("(?m)^(\\d{2}\\.\\d{2}\\.\\d{2}-\\S+)$", "**Sagsnummer:** $1"));
        assertSame(sagsNr, name);
        assertSame(sagsnummer, name);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void windows1252Encoding(String name) {
        byte[] legacy =
                CorpusFiles.text(name).replace('–', '-').replace('”', '"').getBytes(Charset.forName("windows-1252"));
        MeetingDocument fromLegacy = parser.parse(name + ".txt", legacy);
        MeetingDocument fromUtf8 = parser.parse(
                name + ".txt",
                CorpusFiles.text(name).replace('–', '-').replace('”', '"').getBytes(StandardCharsets.UTF_8));
        CorpusParsingTest.assertSameFields(fromLegacy, fromUtf8, name);
    }

    @org.junit.jupiter.api.Test
    void aMissingOekonomiSectionIsLeftOutNotInvented() {
        String name = "chefforum-2024-06-06";
        MeetingDocument document = parseVariant(
                name,
                text -> text.replace(
                        "## Økonomi\n\nImplementeringsudgifter til det nye dagsordensmodul er indregnet i IT &"
                                + " Digitaliserings budget herunder omkostninger til ekstern konsulent som projektleder"
                                + " for implementeringen.\n\n",
                        ""));

        assertThat(document.items().get(2).sections())
                .extracting(MeetingDocument.Section::name)
                .containsExactly("Anledning", "Sagsfremstilling", "Personalekonsekvenser", "Indstilling", "Beslutning");
        assertThat(document.items().get(1).sections()).hasSize(4);
    }

    @org.junit.jupiter.api.Test
    void plainTextHeadingsAndRecommendationOnOneLine() {
        String text = """
                DAGSORDEN Økonomiudvalget d. 03-03-2023

                Mødedato: Fredag d. 3. marts 2023 kl. 14.30
                Mødested: Rådhuset, lokale 2
                Mødedeltagere: Anne Hansen (formand), Bo Jensen
                Afbud: Carl Nielsen (medlem)

                Punkt 1: Budgetopfølgning
                Sagsnummer: 00.30.00-P00-6-23
                Sagstype: Beslutning
                Sagsfremstilling
                Tekst med **fed** skrift og et [link](https://example.org).
                Indstilling
                Kommunaldirektøren indstiller, 1. at budgettet godkendes
                2. at opfølgningen tages til efterretning
                Bilag
                - Budget.xlsx
                """;

        MeetingDocument document = parser.parse("oekonomi.md", text);

        assertThat(document.kind()).isEqualTo(MeetingDocument.Kind.DAGSORDEN);
        assertThat(document.committee()).isEqualTo("Økonomiudvalget");
        assertThat(document.startTime()).hasToString("14:30");
        assertThat(document.location()).isEqualTo("Rådhuset, lokale 2");
        assertThat(document.participants())
                .containsExactly(
                        new MeetingDocument.Person("Anne Hansen", "formand"),
                        new MeetingDocument.Person("Bo Jensen", null));
        assertThat(document.absent()).containsExactly(new MeetingDocument.Person("Carl Nielsen", "medlem"));
        MeetingDocument.Item item = document.items().get(0);
        assertThat(item.caseNumber()).isEqualTo("00.30.00-P00-6-23");
        assertThat(item.type()).isEqualTo("Beslutning");
        assertThat(item.recommendation())
                .isEqualTo(new MeetingDocument.Recommendation(
                        "Kommunaldirektøren",
                        List.of("at budgettet godkendes", "at opfølgningen tages til efterretning")));
        assertThat(item.sections().get(0).text())
                .isEqualTo("<p>Tekst med <strong>fed</strong> skrift og et <a href=\"https://example.org\""
                        + " rel=\"noopener noreferrer\">link</a>.</p>");
        assertThat(item.attachments())
                .extracting(MeetingDocument.Attachment::name)
                .containsExactly("Budget.xlsx");
    }
}
