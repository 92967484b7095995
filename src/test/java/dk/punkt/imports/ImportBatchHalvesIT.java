package dk.punkt.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dk.punkt.cases.CaseFileService;
import dk.punkt.cases.CaseNumber;
import dk.punkt.committees.CommitteeService;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingState;
import dk.punkt.meetings.MeetingView;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A batch large enough to be written as two halves at once (an existing committee, at least
 * {@code 2 * SPLIT_FROM_FILES} files): each file is still all or nothing, both halves registering the same new case
 * do not both create it, and re-import finds every file.
 */
@SpringBootTest
class ImportBatchHalvesIT {

    private static final int FILES = 2 * ImportService.SPLIT_FROM_FILES + 4;

    @Autowired
    ImportService importer;

    @Autowired
    CommitteeService committees;

    @Autowired
    MeetingService meetings;

    @Autowired
    CaseFileService cases;

    @Test
    void halvesWrittenAtOnceKeepEachFileAllOrNothing() {
        String committee = "Halvforum " + UUID.randomUUID().toString().substring(0, 8);
        // The committee exists before the batch (a batch that creates one is written in one transaction).
        importer.importFile("first.txt", minutes("first", "81.00.00-P22-1-24"), committee);
        // Every file of the batch names the same new case: both halves register it at once.
        String newCase = "81.00.00-P22-" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "-24";
        List<ImportService.SourceFile> files = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            files.add(new ImportService.SourceFile("f" + i + ".txt", minutes("f" + i, newCase)));
        }
        // One file in the second half fails half-way in the services (an item title too long).
        int bad = FILES - 3;
        files.set(
                bad,
                new ImportService.SourceFile(
                        "half.txt",
                        new String(files.get(bad).content(), StandardCharsets.UTF_8)
                                .replace("## **Punkt 3: CF - SBSYS dagsordensmodul**", "## Punkt 3: " + "x".repeat(400))
                                .getBytes(StandardCharsets.UTF_8)));

        List<ImportService.Result> results = importer.importFiles(files, committee);

        assertThat(results)
                .extracting(ImportService.Result::file)
                .containsExactlyElementsOf(
                        files.stream().map(ImportService.SourceFile::file).toList());
        assertThat(results.get(bad).failure()).hasMessageContaining("half.txt: item 3");
        assertThat(importer.importedMeeting(files.get(bad).content())).isEmpty();
        List<Long> written = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            if (i != bad) {
                assertThat(results.get(i).failure()).as(files.get(i).file()).isNull();
                assertThat(results.get(i).outcome().alreadyImported()).isFalse();
                written.add(results.get(i).outcome().meetingId());
            }
        }
        long committeeId = committees.findByName(committee).orElseThrow().id();
        List<MeetingView> all = meetings.findByCommittee(committeeId);
        // The first file's meeting and one per good file of the batch: nothing of the bad one, nothing twice.
        assertThat(all).hasSize(FILES);
        assertThat(all).extracting(MeetingView::id).containsAll(written);
        assertThat(all).allMatch(m -> m.state() == MeetingState.REFERAT_GODKENDT);
        assertThat(cases.find(CaseNumber.parse(newCase))).isPresent();

        // Again: every good file is found as imported, the bad one fails again and writes nothing.
        List<ImportService.Result> again = importer.importFiles(files, committee);
        for (int i = 0; i < FILES; i++) {
            if (i == bad) {
                assertThat(again.get(i).failed()).isTrue();
            } else {
                assertThat(again.get(i).outcome().alreadyImported()).isTrue();
                assertThat(again.get(i).outcome().meetingId())
                        .isEqualTo(results.get(i).outcome().meetingId());
            }
        }
        assertThat(meetings.findByCommittee(committeeId)).hasSize(FILES);
    }

    /** The corpus minutes with the alcohol item under {@code caseNumber}, and a marker so the content is new. */
    private static byte[] minutes(String marker, String caseNumber) {
        return (CorpusFiles.text("chefforum-2024-06-06").replace("81.00.00-P22-1-24", caseNumber) + "\n<!-- " + marker
                        + " " + UUID.randomUUID() + " -->\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
