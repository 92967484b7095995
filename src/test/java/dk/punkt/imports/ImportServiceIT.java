package dk.punkt.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.punkt.committees.Audience;
import dk.punkt.committees.CommitteeService;
import dk.punkt.items.ItemService;
import dk.punkt.items.ItemState;
import dk.punkt.items.ItemView;
import dk.punkt.items.RichText;
import dk.punkt.items.SectionNames;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingState;
import dk.punkt.meetings.MeetingView;
import dk.punkt.minutes.DecisionService;
import dk.punkt.publishing.DocumentVersionService;
import dk.punkt.publishing.DocumentVersionView;
import dk.punkt.publishing.MeetingDocument;
import dk.punkt.publishing.MeetingDocumentService;
import dk.punkt.search.SearchAccess;
import dk.punkt.search.SearchQuery;
import dk.punkt.search.SearchResult;
import dk.punkt.search.SearchService;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Importing corpus files through the services: the meeting, items and decisions; idempotent; all or nothing. */
@SpringBootTest
class ImportServiceIT {

    @Autowired
    ImportService importer;

    @Autowired
    CommitteeService committees;

    @Autowired
    MeetingService meetings;

    @Autowired
    ItemService items;

    @Autowired
    DecisionService decisions;

    @Autowired
    MeetingDocumentService documents;

    @Autowired
    SearchService search;

    @Autowired
    DocumentVersionService versions;

    /** A committee name of this test run, so the demo's Chefforum and other tests are not touched. */
    private static String uniqueCommittee() {
        return "Importforum " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The corpus file with a marker line, so its content hash is new to this database. */
    private static byte[] fresh(String name) {
        return (CorpusFiles.text(name) + "\n<!-- " + UUID.randomUUID() + " -->\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void importsMinutesAsAnApprovedMeetingWithItemsAndDecisions() {
        String committee = uniqueCommittee();

        ImportService.Outcome outcome =
                importer.importFile("chefforum-2024-06-06.txt", fresh("chefforum-2024-06-06"), committee);

        assertThat(outcome.alreadyImported()).isFalse();
        MeetingView meeting = meetings.find(outcome.meetingId()).orElseThrow();
        assertThat(meeting.state()).isEqualTo(MeetingState.REFERAT_GODKENDT);
        assertThat(meeting.committeeId())
                .isEqualTo(committees.findByName(committee).orElseThrow().id());
        assertThat(meeting.location()).isEqualTo("915");
        assertThat(meeting.agenda()).hasSize(11);
        List<ItemView> imported = items.findByMeeting(meeting.id());
        assertThat(imported).hasSize(9);
        assertThat(imported).allMatch(item -> item.state() == ItemState.BEHANDLET);
        ItemView alcohol = imported.get(4);
        assertThat(alcohol.title()).startsWith("CF - Forslag til ny retningslinje for alkohol");
        assertThat(alcohol.caseNumber()).isEqualTo("81.00.00-P22-1-24");
        assertThat(alcohol.recommendation().clauses()).hasSize(2);
        assertThat(alcohol.appendices()).hasSize(2);
        assertThat(alcohol.sections())
                .extracting(ItemView.Section::name)
                .containsExactly("Anledning", "Sagsfremstilling", "Økonomi", "Indstilling", "Beslutning", "Bilag");
        assertThat(decisions.find(alcohol.id()).orElseThrow().text())
                .startsWith("<p>Chefforum godkendte retningslinjen og vejledning");
        assertThat(decisions.findByItems(imported.stream().map(ItemView::id).toList()))
                .hasSize(9);
    }

    @Test
    void importThenExportRoundTrips() {
        String name = "chefforum-2024-06-06";
        byte[] content = fresh(name);
        MeetingDocument parsed = new MinutesTextParser().parse(name + ".txt", content);
        String committee = uniqueCommittee();

        ImportService.Outcome outcome = importer.importFile(name + ".txt", content, committee);
        MeetingDocument exported = documents
                .forMeeting(outcome.meetingId(), ExportCommand.OPERATOR)
                .orElseThrow();

        assertThat(exported.state()).isEqualTo(MeetingState.REFERAT_GODKENDT);
        assertThat(exported.committee()).isEqualTo(committee);
        assertSameDocument(exported, ImportService.withCommittee(parsed, committee));
    }

    @Test
    void reImportingTheSameContentIsANoOp() {
        byte[] content = fresh("chefforum-2025-02-12");
        String committee = uniqueCommittee();
        ImportService.Outcome first = importer.importFile("a.txt", content, committee);
        long committeeId = committees.findByName(committee).orElseThrow().id();

        ImportService.Outcome second = importer.importFile("copy-of-a.txt", content, committee);

        assertThat(second.alreadyImported()).isTrue();
        assertThat(second.meetingId()).isEqualTo(first.meetingId());
        assertThat(meetings.findByCommittee(committeeId)).hasSize(1);
        assertThat(importer.importedMeeting(content)).contains(first.meetingId());
    }

    @Test
    void anAgendaBecomesAPublishedAgendaWithoutDecisions() {
        String text = CorpusFiles.text("chefforum-2025-02-12").replace("# REFERAT", "# DAGSORDEN") + "\n<!-- "
                + UUID.randomUUID() + " -->\n";
        String committee = uniqueCommittee();

        ImportService.Outcome outcome =
                importer.importFile("dagsorden.md", text.getBytes(StandardCharsets.UTF_8), committee);

        assertThat(meetings.find(outcome.meetingId()).orElseThrow().state()).isEqualTo(MeetingState.DAGSORDEN_UDSENDT);
        List<ItemView> imported = items.findByMeeting(outcome.meetingId());
        assertThat(imported).allMatch(item -> item.state() == ItemState.PÅ_DAGSORDEN);
        assertThat(decisions.findByItems(imported.stream().map(ItemView::id).toList()))
                .isEmpty();
    }

    @Test
    void aFileThatFailsHalfWayWritesNothing() {
        // Parses, but the fourth item's title is longer than an item title may be: the services refuse it after
        // the committee, the meeting and three items were created, and the transaction takes all of it back.
        String longTitle = "Beslutning om målplaner 2025 " + "x".repeat(400);
        String text = CorpusFiles.text("chefforum-2025-02-12")
                .replace("## Punkt 4: Beslutning om målplaner 2025", "## Punkt 4: " + longTitle);
        String committee = uniqueCommittee();
        byte[] content = text.getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> importer.importFile("too-long.txt", content, committee))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("too-long.txt: item 4 'Beslutning om målplaner 2025 xxx")
                .hasMessageContaining("title must be at most 300 characters");
        assertThat(committees.findByName(committee)).isEmpty();
        assertThat(importer.importedMeeting(content)).isEmpty();
    }

    @Test
    void aBadFileWritesNothing() {
        byte[] content = "REFERAT Tomt Udvalg d. 01-01-2024\n\nMødested 1\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> importer.importFile("tom.txt", content, null))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("tom.txt: line ");
        assertThat(committees.findByName("Tomt Udvalg")).isEmpty();
    }

    @Test
    void aBatchWithABadFileWritesTheGoodFilesAndNothingOfTheBadOne() {
        // Four files for one transaction: two good ones, one that fails half-way in the services (item title too
        // long), one that does not parse, and a copy of the first. The batch is rolled back and retried file by file.
        String committee = uniqueCommittee();
        byte[] good1 = fresh("chefforum-2025-02-12");
        byte[] good2 = fresh("chefforum-2019-10-24");
        byte[] halfWay = (CorpusFiles.text("chefforum-2025-02-12")
                                .replace("## Punkt 4: Beslutning om målplaner 2025", "## Punkt 4: " + "x".repeat(400))
                        + "\n<!-- " + UUID.randomUUID() + " -->\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] unparsable = "hello\n".getBytes(StandardCharsets.UTF_8);

        List<ImportService.Result> results = importer.importFiles(
                List.of(
                        new ImportService.SourceFile("good1.txt", good1),
                        new ImportService.SourceFile("half.txt", halfWay),
                        new ImportService.SourceFile("hello.txt", unparsable),
                        new ImportService.SourceFile("good2.txt", good2),
                        new ImportService.SourceFile("good1-copy.txt", good1)),
                committee);

        assertThat(results)
                .extracting(ImportService.Result::file)
                .containsExactly("good1.txt", "half.txt", "hello.txt", "good2.txt", "good1-copy.txt");
        assertThat(results.get(1).failure()).hasMessageContaining("half.txt: item 4");
        assertThat(results.get(2).failure()).hasMessageStartingWith("hello.txt: line 1");
        assertThat(results.get(4).outcome().alreadyImported()).isTrue();
        assertThat(results.get(4).outcome().meetingId())
                .isEqualTo(results.get(0).outcome().meetingId());
        long committeeId = committees.findByName(committee).orElseThrow().id();
        assertThat(meetings.findByCommittee(committeeId))
                .extracting(MeetingView::id)
                .containsExactlyInAnyOrder(
                        results.get(0).outcome().meetingId(),
                        results.get(3).outcome().meetingId());
        assertThat(meetings.findByCommittee(committeeId)).allMatch(m -> m.state() == MeetingState.REFERAT_GODKENDT);
        assertThat(importer.importedMeeting(halfWay)).isEmpty();

        // The same files again: the good ones are unchanged, the bad ones fail again.
        List<ImportService.Result> again = importer.importFiles(
                List.of(
                        new ImportService.SourceFile("good1.txt", good1),
                        new ImportService.SourceFile("good2.txt", good2)),
                committee);
        assertThat(again).allMatch(r -> r.outcome().alreadyImported());
    }

    @Test
    void aBatchOfGoodFilesIsWrittenInOneGoAndRoundTrips() {
        String committee = uniqueCommittee();
        List<ImportService.SourceFile> files = freshCorpusFiles();

        List<ImportService.Result> results = importer.importFiles(files, committee);

        for (int i = 0; i < files.size(); i++) {
            ImportService.Result result = results.get(i);
            assertThat(result.failure()).isNull();
            MeetingDocument parsed = ImportService.withCommittee(
                    new MinutesTextParser()
                            .parse(files.get(i).file(), files.get(i).content()),
                    committee);
            MeetingDocument exported = documents
                    .forMeeting(result.outcome().meetingId(), ExportCommand.OPERATOR)
                    .orElseThrow();
            assertThat(exported.state()).isEqualTo(MeetingState.REFERAT_GODKENDT);
            assertSameDocument(exported, parsed);
        }
    }

    /**
     * The import rebuilds its meetings' search entries once, at its end, instead of per meeting event and decision:
     * when it returns, every imported item is found, by its title and by its decision, for the batch (command line)
     * and for one file (web upload) alike.
     */
    @Test
    void importedMeetingsAreSearchableWhenTheImportReturns() {
        String committee = uniqueCommittee();
        List<ImportService.SourceFile> files = freshCorpusFiles();

        List<ImportService.Result> results = importer.importFiles(files, committee);

        long committeeId = committees.findByName(committee).orElseThrow().id();
        int importedItems = results.stream().mapToInt(r -> r.outcome().items()).sum();
        assertThat(searchIn(committeeId, "").total()).isEqualTo(importedItems);
        assertThat(searchIn(committeeId, "\"retningslinje for alkohol\"").hits())
                .extracting(SearchResult.Hit::title)
                .anyMatch(title -> title.startsWith("CF - Forslag til ny retningslinje for alkohol"));
        // The decision text (recorded before the meeting's approval, inside the batch) is in the entries too.
        assertThat(searchIn(committeeId, "\"godkendte retningslinjen og vejledning\"")
                        .total())
                .isEqualTo(1);

        String single = uniqueCommittee();
        ImportService.Outcome outcome =
                importer.importFile("chefforum-2024-06-06.txt", fresh("chefforum-2024-06-06"), single);
        assertThat(searchIn(committees.findByName(single).orElseThrow().id(), "")
                        .total())
                .isEqualTo(outcome.items());
    }

    /**
     * A batch's documents are assembled together before its commit (one query per kind of data for all meetings):
     * each frozen version and each document assembled together is the one a meeting assembled alone gives.
     */
    @Test
    void documentsAssembledTogetherAreTheDocumentsOfEachMeeting() {
        List<ImportService.Result> results = importer.importFiles(freshCorpusFiles(), uniqueCommittee());
        List<Long> meetingIds =
                results.stream().map(r -> r.outcome().meetingId()).toList();
        Audience full = new Audience(Optional.empty(), true);

        Map<Long, MeetingDocument> together = documents.forMeetings(meetingIds, full);
        Map<Long, MeetingDocument> publicTogether = documents.forMeetings(meetingIds, Audience.PUBLIC);

        assertThat(together.keySet()).containsExactlyInAnyOrderElementsOf(meetingIds);
        for (long id : meetingIds) {
            MeetingDocument alone = documents.forMeeting(id, full).orElseThrow();
            assertThat(together.get(id)).isEqualTo(alone);
            assertThat(publicTogether.get(id))
                    .isEqualTo(documents.forMeeting(id, Audience.PUBLIC).orElseThrow());
            DocumentVersionView frozen = versions.findByMeeting(id).get(0);
            assertThat(versions.document(id, frozen.number(), full)).contains(alone);
        }
    }

    private SearchResult searchIn(long committeeId, String text) {
        return search.search(
                new SearchQuery(text, committeeId, null, null, null, null, SearchQuery.Sort.DATE, 1),
                new SearchAccess(true, Set.of()));
    }

    /** Field equality of the parsed document and the exported one (ids and states apart). */
    static void assertSameDocument(MeetingDocument exported, MeetingDocument parsed) {
        assertThat(exported.committee()).isEqualTo(parsed.committee());
        assertThat(exported.kind()).isEqualTo(parsed.kind());
        assertThat(exported.date()).isEqualTo(parsed.date());
        assertThat(exported.startTime()).isEqualTo(parsed.startTime());
        assertThat(exported.location()).isEqualTo(parsed.location());
        assertThat(exported.participants()).isEqualTo(parsed.participants());
        assertThat(exported.absent()).isEqualTo(parsed.absent());
        assertThat(exported.timetable()).isEqualTo(parsed.timetable());
        assertThat(exported.items()).hasSameSizeAs(parsed.items());
        for (int i = 0; i < parsed.items().size(); i++) {
            MeetingDocument.Item e = exported.items().get(i);
            MeetingDocument.Item p = parsed.items().get(i);
            String item = "item " + p.number();
            assertThat(e.number()).as(item).isEqualTo(p.number());
            assertThat(e.title()).as(item).isEqualTo(p.title());
            assertThat(e.caseNumber()).as(item).isEqualTo(p.caseNumber());
            assertThat(e.type()).as(item).isEqualTo(p.type());
            assertThat(e.responsible()).as(item).isEqualTo(p.responsible());
            assertThat(e.minutes()).as(item).isEqualTo(p.minutes());
            assertThat(e.closed()).as(item).isEqualTo(p.closed());
            assertThat(e.recommendation()).as(item).isEqualTo(p.recommendation());
            assertThat(e.decision()).as(item).isEqualTo(p.decision());
            assertThat(e.attachments()).as(item).isEqualTo(p.attachments());
            assertThat(e.sections()).as(item).hasSameSizeAs(p.sections());
            for (int s = 0; s < p.sections().size(); s++) {
                MeetingDocument.Section exportedSection = e.sections().get(s);
                MeetingDocument.Section parsedSection = p.sections().get(s);
                assertThat(exportedSection.name()).as(item).isEqualTo(parsedSection.name());
                // Indstilling and Bilag are rendered from the structured recommendation and appendices (compared
                // above); the other texts are stored as imported.
                if (!List.of(SectionNames.INDSTILLING, SectionNames.BILAG).contains(parsedSection.name())) {
                    assertThat(RichText.sanitize(exportedSection.text()))
                            .as(item + " " + parsedSection.name())
                            .isEqualTo(RichText.sanitize(parsedSection.text()));
                }
            }
        }
    }

    /** The three corpus files as text, each made new to this database ({@link #fresh}). */
    private List<ImportService.SourceFile> freshCorpusFiles() {
        return CorpusFiles.NAMES.stream()
                .map(name -> new ImportService.SourceFile(name + ".txt", fresh(name)))
                .toList();
    }
}
