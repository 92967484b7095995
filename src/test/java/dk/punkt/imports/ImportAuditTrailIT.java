package dk.punkt.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dk.punkt.audit.BulkAudit;
import dk.punkt.items.ItemService;
import dk.punkt.testsupport.AuditRows;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The import writes its audit trail set-based ({@link BulkAudit}): the same corpus file imported once with Envers
 * writing every audit row and once set-based gives the same audit rows, table by table, in one revision each.
 */
@SpringBootTest
class ImportAuditTrailIT {

    /** The application's {@link BulkAudit}, or (while {@code enversOnly}) none: Envers writes each audit row. */
    static class SwitchableBulkAudit extends BulkAudit {
        volatile boolean enversOnly;

        @Override
        public <T> T call(Supplier<T> work) {
            return enversOnly ? work.get() : super.call(work);
        }
    }

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        SwitchableBulkAudit switchableBulkAudit() {
            return new SwitchableBulkAudit();
        }
    }

    /** Foreign keys among the audited tables, so rows are compared by what they refer to, not by id. */
    private static final Map<String, String> REFERENCES = Map.of(
            "meeting_id", "meeting_aud",
            "item_id", "agenda_item_aud");

    @Autowired
    SwitchableBulkAudit audit;

    @Autowired
    ImportService importer;

    @Autowired
    DataSource dataSource;

    @Autowired
    ItemService items;

    @Test
    void setBasedAuditRowsAreEnversAuditRows() throws SQLException {
        String committee = "Revisionsforum " + UUID.randomUUID().toString().substring(0, 8);
        // The first import creates the committee and the case files, so the two compared find the same ones.
        audit.enversOnly = true;
        importer.importFiles(corpus("\n<!-- first -->\n"), committee);
        long byEnvers =
                importer.importFiles(corpus(""), committee).get(0).outcome().meetingId();
        audit.enversOnly = false;
        long setBased =
                importer.importFiles(corpus("\n"), committee).get(0).outcome().meetingId();

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long enversRevision = revisionOf(jdbc, byEnvers);
        long setBasedRevision = revisionOf(jdbc, setBased);
        assertThat(setBasedRevision).isNotEqualTo(enversRevision);

        Map<String, List<Map<String, Object>>> enversRows =
                AuditRows.ofRevision(dataSource, enversRevision, REFERENCES);
        Map<String, List<Map<String, Object>>> setBasedRows =
                AuditRows.ofRevision(dataSource, setBasedRevision, REFERENCES);
        assertThat(enversRows.keySet())
                .contains(
                        "meeting_aud",
                        "agenda_item_aud",
                        "item_section_aud",
                        "recommendation_clause_aud",
                        "appendix_aud",
                        "decision_aud",
                        "agenda_row_aud",
                        "meeting_attendee_aud");
        assertThat(setBasedRows.keySet()).isEqualTo(enversRows.keySet());
        for (String table : enversRows.keySet()) {
            assertThat(setBasedRows.get(table)).as(table).isEqualTo(enversRows.get(table));
        }
        // The item history (read through Envers) tells the same story for both.
        assertThat(historyOfFirstItem(byEnvers)).isNotEmpty();
        assertThat(historyOfFirstItem(setBased)).isEqualTo(historyOfFirstItem(byEnvers));
    }

    private List<String> historyOfFirstItem(long meetingId) {
        long itemId = items.findByMeeting(meetingId).get(0).id();
        return items.history(itemId).stream()
                .map(entry -> entry.username() + " " + entry.kind() + " " + entry.state() + " " + entry.detail())
                .toList();
    }

    /** The three corpus files in one batch (one transaction, one revision), {@code tail} making their hashes new. */
    private static List<ImportService.SourceFile> corpus(String tail) {
        return CorpusFiles.NAMES.stream()
                .map(name -> new ImportService.SourceFile(
                        name + ".txt", (CorpusFiles.text(name) + tail).getBytes(StandardCharsets.UTF_8)))
                .toList();
    }

    private static long revisionOf(JdbcTemplate jdbc, long meetingId) {
        return jdbc.queryForObject("select min(rev) from meeting_aud where id = ?", Long.class, meetingId);
    }
}
