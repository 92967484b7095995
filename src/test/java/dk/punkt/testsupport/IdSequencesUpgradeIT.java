package dk.punkt.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

/**
 * Upgrading a database with data to the id sequences (V4_7_1), on the run's database (H2 or embedded PostgreSQL):
 * each sequence must start above the ids already used in its table and in its audit table (a deleted row lives on
 * there), and at 1 in an empty table.
 */
class IdSequencesUpgradeIT {

    @Test
    void sequencesStartAboveTheIdsOfTheTableAndItsAuditTable() throws Exception {
        TestDatabase database = TestDatabase.current();
        String url = database == TestDatabase.H2
                ? "jdbc:h2:mem:upgrade-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"
                : EmbeddedPostgresServer.createDatabase();
        String user = database == TestDatabase.H2 ? "sa" : EmbeddedPostgresServer.USER;
        String password = database == TestDatabase.H2 ? "" : EmbeddedPostgresServer.PASSWORD;
        FluentConfiguration flyway =
                Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration/common");

        flyway.target("4.5").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            // Release 4.5's data: an import source with id 7, and a meeting attendee deleted long ago (id 300, only
            // in the audit table); no decisions.
            statement.execute("insert into import_source (id, sha256, file_name, meeting_id, imported_at)"
                    + " values (7, 'abc', 'referat.txt', 1, current_timestamp)");
            statement.execute("insert into revinfo (id, timestamp, username) values (1, 0, 'test')");
            statement.execute("insert into meeting_attendee_aud (id, rev, revtype) values (300, 1, 2)");
        }

        flyway.target("latest").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            long importSource = next(statement, database, "import_source_seq");
            long attendee = next(statement, database, "meeting_attendee_seq");
            long decision = next(statement, database, "decision_seq");

            // Hibernate's pooled optimiser hands out v - 49 .. v for a fetched v (v = 1: 1 .. 50), so the first
            // block must lie above the old ids.
            assertThat(importSource - 49).isGreaterThan(7);
            assertThat(attendee - 49).isGreaterThan(300);
            assertThat(decision).isEqualTo(1);
            assertThat(next(statement, database, "decision_seq")).isEqualTo(51);
        }
    }

    private static long next(Statement statement, TestDatabase database, String sequence) throws Exception {
        String sql = database == TestDatabase.H2
                ? "select next value for " + sequence
                : "select nextval('" + sequence + "')";
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
