package dk.punkt.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import dk.punkt.committees.Audience;
import dk.punkt.committees.CommitteeService;
import dk.punkt.meetings.MeetingService;
import dk.punkt.publishing.internal.PdfRenderer;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Warm PDF rendering time of the 2024-06-06 minutes, in process (no HTTP, no cache): 10 renders to warm up, then 20
 * timed. A benchmark, not a check: it runs only with {@code PUNKT_BENCH=1} and prints a line starting
 * {@code PDF-BENCH} to the build output (command in docs/performance.md).
 */
@SpringBootTest
@EnabledIfEnvironmentVariable(named = "PUNKT_BENCH", matches = "1")
class PdfRenderingBenchIT {

    @Autowired
    CommitteeService committees;

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingDocumentService documents;

    @Autowired
    PdfRenderer pdf;

    @Test
    void warmRenderingOfTheJuneMinutes() {
        long chefforum = committees.findByName("Chefforum").orElseThrow().id();
        long id = meetings.findByCommittee(chefforum).stream()
                .filter(m -> m.date().equals(LocalDate.of(2024, 6, 6)))
                .findFirst()
                .orElseThrow()
                .id();
        MeetingDocument document = documents.forMeeting(id, Audience.PUBLIC).orElseThrow();
        for (int i = 0; i < 10; i++) {
            pdf.render(document, true);
        }
        long[] millis = new long[20];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            byte[] bytes = pdf.render(document, true);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            assertThat(bytes).isNotEmpty();
        }
        Arrays.sort(millis);
        System.out.printf(
                "PDF-BENCH items=%d renders=%d min=%d ms median=%d ms max=%d ms all=%s%n",
                document.items().size(),
                millis.length,
                millis[0],
                (millis[9] + millis[10]) / 2,
                millis[millis.length - 1],
                Arrays.toString(millis));
    }
}
