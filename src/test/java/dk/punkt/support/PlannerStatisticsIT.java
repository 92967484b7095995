package dk.punkt.support;

import static org.assertj.core.api.Assertions.assertThat;

import dk.punkt.testsupport.TestDatabase;
import java.sql.Timestamp;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL the statistics of every table but the audit tables are refreshed when due; on H2 nothing is run (and
 * nothing fails).
 */
@SpringBootTest
class PlannerStatisticsIT {

    @Autowired
    DataSource dataSource;

    @Test
    void analysesThePostgresDatabaseWhenDue() throws Exception {
        // Its own instance: the application's has counted whatever other tests in this context imported.
        PlannerStatistics statistics = new PlannerStatistics(dataSource);
        statistics.written(PlannerStatistics.FIRST_REFRESH - 1);
        statistics.awaitIdle();
        Timestamp before = lastAnalysed();

        statistics.written(1);
        statistics.awaitIdle();
        statistics.stop();

        if (TestDatabase.current() == TestDatabase.POSTGRES) {
            Timestamp after = lastAnalysed();
            assertThat(after).isNotNull();
            if (before != null) {
                assertThat(after).isAfter(before);
            }
            // The audit tables are left to autovacuum: no writer reads them back.
            assertThat(new JdbcTemplate(dataSource)
                            .queryForObject(
                                    "select count(*) from pg_stat_user_tables where relname like '%\\_aud'"
                                            + " and last_analyze is not null",
                                    Long.class))
                    .isZero();
        }
    }

    /** When a table of the database was last analysed on request (not by autovacuum); null on H2. */
    private Timestamp lastAnalysed() {
        if (TestDatabase.current() != TestDatabase.POSTGRES) {
            return null;
        }
        return new JdbcTemplate(dataSource)
                .queryForObject("select max(last_analyze) from pg_stat_user_tables", Timestamp.class);
    }
}
