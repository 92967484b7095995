package dk.punkt.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dk.punkt.minutes.Outcome;
import dk.punkt.publishing.MeetingDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Documents written as other years of the same forum might be (src/test/resources/imports/unseen): a different
 * header order and labels, `Sags nr.`, other heading and item marks, dates as "18.03.2021" and "14. sep. 2022",
 * "kl. 13", participants one per line, "Ingen" absences, an unknown section, a Markdown table, appendix lists as
 * "Bilag 1: …" and "1) …", "Ingen bilag", "X indstiller til Y,", and an agenda. Each expected JSON was written by
 * hand from reading the document; the parser rules they needed are general ones, listed in docs/imports.md.
 */
class UnseenVariationTest {

    private final MinutesTextParser parser = new MinutesTextParser();

    private static byte[] read(String resource) {
        try (InputStream in = UnseenVariationTest.class.getResourceAsStream("/imports/unseen/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MeetingDocument parse(String file) {
        return parser.parse(file, read(file));
    }

    private static MeetingDocument expected(String file) {
        try {
            return CorpusFiles.JSON.readValue(
                    read(file.substring(0, file.lastIndexOf('.')) + ".json"), MeetingDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "chefforum-2020-11-05.txt",
                "chefforum-2021-03-18.md",
                "chefforum-2022-09-14-dagsorden.txt",
                "chefforum-2023-01-26.md"
            })
    void matchesTheHandWrittenDocument(String file) {
        MeetingDocument expected = expected(file);
        MeetingDocument actual = parse(file);
        CorpusParsingTest.assertSameFields(actual, expected, file);
        assertThat(actual.items())
                .extracting(MeetingDocument.Item::decision)
                .as(file + " decisions")
                .containsExactlyElementsOf(expected.items().stream()
                        .map(MeetingDocument.Item::decision)
                        .toList());
    }

    @Test
    void aMarkdownTableBecomesATableAndAnUnknownSectionKeepsItsText() {
        MeetingDocument.Item item = parse("chefforum-2021-03-18.md").items().get(1);

        assertThat(item.sections().get(1))
                .isEqualTo(new MeetingDocument.Section(
                        "Lovgrundlag", "<p>Bekendtgørelse om håndtering af covid-19 på arbejdspladser.</p>"));
        assertThat(item.sections().get(2).text())
                .isEqualTo("<p>Status pr. 15. marts 2021:</p><table><thead><tr><th>Målgruppe</th><th>Vaccinerede</th>"
                        + "<th>Andel</th></tr></thead><tbody><tr><td>Plejecentre</td><td>412</td><td>96 %</td></tr>"
                        + "<tr><td>Hjemmepleje</td><td>288</td><td>81 %</td></tr></tbody></table>"
                        + "<p>Tallene opdateres hver uge.</p>");
    }

    @Test
    void anAgendaHasNoDecisionsAndADecisionWordingGivesItsOutcome() {
        assertThat(parse("chefforum-2022-09-14-dagsorden.txt").items())
                .allMatch(item -> item.decision() == null && item.outcome() == null);
        assertThat(parse("chefforum-2023-01-26.md").items())
                .extracting(MeetingDocument.Item::outcome)
                .isEqualTo(List.of(Outcome.GODKENDT, Outcome.UDSAT, Outcome.DRØFTET));
    }
}
