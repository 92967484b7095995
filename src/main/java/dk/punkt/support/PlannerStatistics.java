package dk.punkt.support;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Keeps PostgreSQL's planner statistics up with a bulk write (an import of thousands of meetings). Without
 * statistics, or with those of a table a hundredth of its size, PostgreSQL reads a table whole to find fifty items'
 * rows ({@code item_id = any(?)}), and autovacuum, which analyses a table at most once a minute, falls far behind a
 * load that doubles the tables in seconds. So the writer reports what it wrote, and each time the total since start
 * has doubled (after 50, 100, 200, … units) the database is analysed: a handful of times for a whole migration, each
 * sampling at most 30 000 rows per table. Other databases are left to themselves (H2 analyses on its own).
 */
@Component
public class PlannerStatistics {

    private static final Logger log = LoggerFactory.getLogger(PlannerStatistics.class);

    /** The first refresh, in the writer's units (imported documents: tens of rows each). */
    static final long FIRST_REFRESH = 50;

    private final DataSource dataSource;
    private Boolean postgres;
    private long written;
    private long refreshAt = FIRST_REFRESH;

    PlannerStatistics(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Counts {@code units} more written (committed); refreshes the statistics when the total has reached the next
     * doubling. Call it after the commit, outside the transaction.
     */
    public void written(long units) {
        if (!dueAfter(units) || !isPostgres()) {
            return;
        }
        long start = System.nanoTime();
        // All tables of the database: the writer need not know which module's tables it grew.
        new JdbcTemplate(dataSource).execute("analyze");
        log.info(
                "Planner statistics refreshed after {} units written ({} ms)",
                units(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Adds {@code units} and says whether the total has reached the next refresh (which then doubles). */
    synchronized boolean dueAfter(long units) {
        written += units;
        if (written < refreshAt) {
            return false;
        }
        refreshAt = written * 2;
        return true;
    }

    private synchronized long units() {
        return written;
    }

    /** Whether the database is PostgreSQL (its product name, read once). */
    public synchronized boolean isPostgres() {
        if (postgres == null) {
            try {
                String product =
                        JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
                postgres = "PostgreSQL".equals(product);
            } catch (MetaDataAccessException e) {
                log.warn("Cannot tell the database's product; planner statistics are left to the database", e);
                postgres = false;
            }
        }
        return postgres;
    }
}
