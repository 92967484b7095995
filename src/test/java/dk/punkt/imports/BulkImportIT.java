package dk.punkt.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dk.punkt.committees.CommitteeService;
import dk.punkt.meetings.MeetingService;
import dk.punkt.search.SearchAccess;
import dk.punkt.search.SearchIndexer;
import dk.punkt.search.SearchQuery;
import dk.punkt.search.SearchService;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A bulk import with two batch transactions at once (as on PostgreSQL), on the run's database: results come back per
 * batch in the order given, a batch that fails is written again alone (file by file when a file is at fault), and
 * every meeting is searchable once the bulk import is closed.
 */
@SpringBootTest
class BulkImportIT {

    @Autowired
    ImportService importer;

    @Autowired
    SearchIndexer indexer;

    @Autowired
    CommitteeService committees;

    @Autowired
    MeetingService meetings;

    @Autowired
    SearchService search;

    @Test
    void batchesWrittenTwoAtOnceComeBackInOrderAndAreSearchableWhenClosed() {
        // One new committee for all batches: the first two batches may both try to create it at once.
        String committee = "Bulkforum " + UUID.randomUUID().toString().substring(0, 8);
        List<List<ImportService.SourceFile>> batches = new ArrayList<>();
        for (int b = 0; b < 5; b++) {
            List<ImportService.SourceFile> batch = new ArrayList<>();
            for (String name : CorpusFiles.NAMES) {
                batch.add(new ImportService.SourceFile(b + "-" + name + ".txt", fresh(CorpusFiles.text(name))));
            }
            batches.add(batch);
        }
        // The third batch's transaction fails on a file that parses but cannot be written (item title too long).
        batches.get(2)
                .add(
                        1,
                        new ImportService.SourceFile(
                                "half.txt",
                                fresh(CorpusFiles.text("chefforum-2025-02-12")
                                        .replace(
                                                "## Punkt 4: Beslutning om målplaner 2025",
                                                "## Punkt 4: " + "x".repeat(400)))));

        List<List<ImportService.Result>> results = new ArrayList<>();
        try (BulkImport bulk = new BulkImport(importer, indexer, 2)) {
            for (List<ImportService.SourceFile> batch : batches) {
                bulk.importFiles(batch, committee, results::add);
            }
        }

        assertThat(results).hasSize(batches.size());
        int items = 0;
        for (int b = 0; b < batches.size(); b++) {
            assertThat(results.get(b))
                    .extracting(ImportService.Result::file)
                    .containsExactlyElementsOf(batches.get(b).stream()
                            .map(ImportService.SourceFile::file)
                            .toList());
            for (ImportService.Result result : results.get(b)) {
                if (result.file().equals("half.txt")) {
                    assertThat(result.failure()).hasMessageContaining("half.txt: item 4");
                } else {
                    assertThat(result.failure()).as(result.file()).isNull();
                    assertThat(result.outcome().alreadyImported()).isFalse();
                    items += result.outcome().items();
                }
            }
        }
        long committeeId = committees.findByName(committee).orElseThrow().id();
        assertThat(meetings.findByCommittee(committeeId)).hasSize(5 * CorpusFiles.NAMES.size());
        SearchQuery all = new SearchQuery("", committeeId, null, null, null, null, SearchQuery.Sort.DATE, 1);
        assertThat(search.search(all, new SearchAccess(true, Set.of())).total()).isEqualTo(items);
    }

    private static byte[] fresh(String text) {
        return (text + "\n<!-- " + UUID.randomUUID() + " -->\n").getBytes(StandardCharsets.UTF_8);
    }
}
