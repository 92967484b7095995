package dk.punkt.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dk.punkt.items.RichText;
import dk.punkt.publishing.MeetingDocument;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each corpus file parses to the hand-checked meeting document, field by field. */
class CorpusParsingTest {

    private final MinutesTextParser parser = new MinutesTextParser();

    static List<String> corpus() {
        return CorpusFiles.NAMES;
    }

    static MeetingDocument parse(String name) {
        return new MinutesTextParser().parse(name + ".txt", CorpusFiles.bytes(name));
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void matchesTheHandCheckedDocument(String name) {
        assertSameFields(parse(name), CorpusFiles.reference(name), name);
    }

    /**
     * Compares what the parser is responsible for: header, participants, timetable, and per item number, title, case
     * number, type, responsible, minutes, section names in order, recommender and clauses, attachment names, and
     * whether there is a decision.
     */
    static void assertSameFields(MeetingDocument actual, MeetingDocument expected, String name) {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(actual.committee()).as(name + " committee").isEqualTo(expected.committee());
        soft.assertThat(actual.kind()).as(name + " kind").isEqualTo(expected.kind());
        soft.assertThat(actual.date()).as(name + " date").isEqualTo(expected.date());
        soft.assertThat(actual.startTime()).as(name + " startTime").isEqualTo(expected.startTime());
        soft.assertThat(actual.location()).as(name + " location").isEqualTo(expected.location());
        soft.assertThat(actual.participants()).as(name + " participants").isEqualTo(expected.participants());
        soft.assertThat(actual.absent()).as(name + " absent").isEqualTo(expected.absent());
        soft.assertThat(actual.timetable()).as(name + " timetable").isEqualTo(expected.timetable());
        soft.assertThat(actual.items()).as(name + " items").hasSameSizeAs(expected.items());
        for (int i = 0; i < Math.min(actual.items().size(), expected.items().size()); i++) {
            MeetingDocument.Item a = actual.items().get(i);
            MeetingDocument.Item e = expected.items().get(i);
            String item = name + " item " + e.number();
            soft.assertThat(a.number()).as(item + " number").isEqualTo(e.number());
            soft.assertThat(a.title()).as(item + " title").isEqualTo(e.title());
            soft.assertThat(a.caseNumber()).as(item + " caseNumber").isEqualTo(e.caseNumber());
            soft.assertThat(a.type()).as(item + " type").isEqualTo(e.type());
            soft.assertThat(a.responsible()).as(item + " responsible").isEqualTo(e.responsible());
            soft.assertThat(a.minutes()).as(item + " minutes").isEqualTo(e.minutes());
            soft.assertThat(a.sections())
                    .as(item + " section names")
                    .extracting(MeetingDocument.Section::name)
                    .containsExactlyElementsOf(e.sections().stream()
                            .map(MeetingDocument.Section::name)
                            .toList());
            soft.assertThat(a.recommendation()).as(item + " recommendation").isEqualTo(e.recommendation());
            soft.assertThat(a.attachments())
                    .as(item + " attachments")
                    .extracting(MeetingDocument.Attachment::name)
                    .containsExactlyElementsOf(e.attachments().stream()
                            .map(MeetingDocument.Attachment::name)
                            .toList());
            soft.assertThat(a.decision() != null).as(item + " decision present").isEqualTo(e.decision() != null);
        }
        soft.assertAll();
    }

    @Test
    void readsTheHeaderOf2025WithItsParticipantsAndTitles() {
        MeetingDocument document = parse("chefforum-2025-02-12");

        assertThat(document.committee()).isEqualTo("Chefforum");
        assertThat(document.kind()).isEqualTo(MeetingDocument.Kind.REFERAT);
        assertThat(document.date()).isEqualTo(LocalDate.of(2025, 2, 12));
        assertThat(document.startTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(document.location()).isEqualTo("Mødelokale 915");
        assertThat(document.participants()).hasSize(9);
        assertThat(document.participants().get(1))
                .isEqualTo(new MeetingDocument.Person("Kristine Klæbel", "Direktør By, Kultur, Miljø & Beskæftigelse"));
        assertThat(document.items())
                .extracting(MeetingDocument.Item::number, MeetingDocument.Item::caseNumber)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "00.01.00-A00-32-24"),
                        org.assertj.core.groups.Tuple.tuple(2, "00.30.04-P05-1-25"),
                        org.assertj.core.groups.Tuple.tuple(3, "81.04.00-A26-5-24"),
                        org.assertj.core.groups.Tuple.tuple(4, "00.01.00-A00-28-24"),
                        org.assertj.core.groups.Tuple.tuple(5, "00.01.00-A00-32-24"));
    }

    @Test
    void keepsUnknownHeadingsAsSectionsWithTheirOwnNames() {
        MeetingDocument.Item item = parse("chefforum-2025-02-12").items().get(2);

        assertThat(item.sections())
                .extracting(MeetingDocument.Section::name)
                .containsExactly(
                        "Indstilling",
                        "Resumé",
                        "Sagsfremstilling",
                        "Indsamling af erfaringer",
                        "Sammendrag af erfaringer og forslag til justeringer",
                        "KommuneMEDs drøftelse 5. februar 2025",
                        "Kommunens vision og politikker",
                        "Økonomi",
                        "Lovgrundlag",
                        "Beslutning",
                        "Bilag");
        assertThat(item.recommendation().by()).isEqualTo("Direktøren for By, Kultur, Miljø & Beskæftigelse");
        assertThat(item.recommendation().clauses())
                .containsExactly("at Chefforum godkender forslag til justeringer af proces og materialer for MUS,"
                        + " GRUS og LUS i Albertslund Kommune");
    }

    @Test
    void readsTheTimetableOf2024WithPauses() {
        MeetingDocument document = parse("chefforum-2024-06-06");

        assertThat(document.timetable()).hasSize(11);
        assertThat(document.timetable().get(4))
                .isEqualTo(
                        new MeetingDocument.TimetableEntry("PAUSE", null, LocalTime.of(9, 50), LocalTime.of(9, 55), 5));
        assertThat(document.items().get(7).type()).isEqualTo("Temadrøftelse");
        assertThat(document.items().get(7).responsible()).isEqualTo("Rikke");
        assertThat(document.items().get(7).minutes()).isEqualTo(60);
    }

    @Test
    void rendersListsTablesAndLinksAsSanitisedHtml() {
        MeetingDocument document = parse("chefforum-2024-06-06");
        String sagsfremstilling = document.items().get(0).sections().get(1).text();

        assertThat(sagsfremstilling)
                .startsWith("<p>Dagsordenen til dette møde er følgende:</p><table><thead><tr><th>Sagstype</th>");
        assertThat(document.items().get(6).sections().get(4).text())
                .startsWith("<ol><li>Alle børn og unge oplever Maj 2024.pdf</li>")
                .endsWith("<li>Borgerne skal opleve sig inddraget Maj 2024.pdf</li></ol>");
        String withLink =
                parse("chefforum-2019-10-24").items().get(3).sections().get(1).text();
        assertThat(withLink)
                .contains("<a href=\"https://medarbejdersiden.albertslund.dk/organisation/ledelse/ledelsesgrundlag/\"");
    }

    @Test
    void sectionTextsMatchTheHandCheckedDocument() {
        for (String name : CorpusFiles.NAMES) {
            MeetingDocument actual = parse(name);
            MeetingDocument expected = CorpusFiles.reference(name);
            for (int i = 0; i < expected.items().size(); i++) {
                List<MeetingDocument.Section> a = actual.items().get(i).sections();
                List<MeetingDocument.Section> e = expected.items().get(i).sections();
                for (int s = 0; s < e.size(); s++) {
                    // The demo's texts are stored sanitised (quotes become &#34;), so compare sanitised.
                    assertThat(a.get(s).text())
                            .as(name + " item " + (i + 1) + " section "
                                    + e.get(s).name())
                            .isEqualTo(RichText.sanitize(e.get(s).text()));
                }
            }
        }
    }
}
