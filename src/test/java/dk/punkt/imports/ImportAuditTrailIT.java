package dk.punkt.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dk.punkt.audit.BulkAudit;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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

        Map<String, List<Map<String, Object>>> enversRows = auditRows(enversRevision);
        Map<String, List<Map<String, Object>>> setBasedRows = auditRows(setBasedRevision);
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

    /**
     * Each audit table's rows of one revision, without the revision, ids as their rank among the revision's rows of
     * that table (foreign keys among them the same way), times left out (each import has its own clock reading).
     */
    private Map<String, List<Map<String, Object>>> auditRows(long revision) throws SQLException {
        Map<String, Map<Long, Map<String, Object>>> byTable = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : auditTables(connection)) {
                var statement = connection.prepareStatement("select * from " + table + " where rev = ?");
                statement.setLong(1, revision);
                try (ResultSet rows = statement.executeQuery()) {
                    ResultSetMetaData columns = rows.getMetaData();
                    while (rows.next()) {
                        Map<String, Object> row = new TreeMap<>();
                        for (int c = 1; c <= columns.getColumnCount(); c++) {
                            String column = columns.getColumnLabel(c).toLowerCase(Locale.ROOT);
                            Object value = rows.getObject(c);
                            if (value instanceof Number number && !(value instanceof java.math.BigDecimal)) {
                                value = number.longValue();
                            }
                            if (value instanceof Timestamp || value instanceof Temporal) {
                                value = "(time)";
                            }
                            row.put(column, value);
                        }
                        byTable.computeIfAbsent(table, t -> new TreeMap<>()).put((Long) row.get("id"), row);
                    }
                }
            }
        }
        Map<String, Map<Long, Integer>> ranks = new HashMap<>();
        byTable.forEach((table, rows) -> {
            Map<Long, Integer> rank = new HashMap<>();
            rows.keySet().forEach(id -> rank.put(id, rank.size()));
            ranks.put(table, rank);
        });
        Map<String, List<Map<String, Object>>> normalized = new TreeMap<>();
        byTable.forEach((table, rows) -> {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Map<String, Object> row : rows.values()) {
                Map<String, Object> copy = new TreeMap<>(row);
                copy.remove("rev");
                copy.put("id", ranks.get(table).get((Long) row.get("id")));
                REFERENCES.forEach((column, referenced) -> {
                    if (copy.get(column) instanceof Long id && ranks.containsKey(referenced)) {
                        copy.put(column, "ref " + ranks.get(referenced).get(id));
                    }
                });
                list.add(copy);
            }
            normalized.put(table, list);
        });
        return normalized;
    }

    private static List<String> auditTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData metadata = connection.getMetaData();
        for (String pattern : List.of("%_aud", "%_AUD")) {
            try (ResultSet result = metadata.getTables(null, null, pattern, new String[] {"TABLE"})) {
                while (result.next()) {
                    String schema = result.getString("TABLE_SCHEM");
                    if (schema == null || schema.equalsIgnoreCase("public")) {
                        tables.add(result.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return tables.stream().distinct().sorted().toList();
    }
}
