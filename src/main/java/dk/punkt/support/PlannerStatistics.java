package dk.punkt.support;

import jakarta.annotation.PreDestroy;
import java.sql.DatabaseMetaData;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
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
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "planner-statistics");
        thread.setDaemon(true);
        return thread;
    });
    private Boolean postgres;
    private long written;
    private long refreshAt = FIRST_REFRESH;

    PlannerStatistics(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Counts {@code units} more written (committed); when the total has reached the next doubling, refreshes the
     * statistics on a thread of its own, so the writer goes on meanwhile (analysing a large database takes a second
     * or so). Call it after the commit, outside the transaction.
     */
    public void written(long units) {
        if (dueAfter(units) && isPostgres()) {
            try {
                refresher.execute(this::refresh);
            } catch (RejectedExecutionException shuttingDown) {
                // The application is stopping: autovacuum will analyse.
            }
        }
    }

    private void refresh() {
        long start = System.nanoTime();
        try {
            // The database's tables, so the writer need not know which module's tables it grew; but not the audit
            // tables (Envers' "_aud"), half the rows and read by no writer: autovacuum analyses them in its time.
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            List<String> tables = jdbc.queryForList(
                    "select quote_ident(schemaname) || '.' || quote_ident(relname) from pg_stat_user_tables"
                            + " where relname not like '%\\_aud' order by 1",
                    String.class);
            if (!tables.isEmpty()) {
                jdbc.execute("analyze " + String.join(", ", tables));
            }
            log.info(
                    "Planner statistics refreshed after {} units written ({} ms)",
                    units(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            // What was written stands; only the plans may stay poor until autovacuum analyses.
            log.warn("Planner statistics could not be refreshed", e);
        }
    }

    /** For tests: waits until the refreshes asked for so far are done. */
    void awaitIdle() throws Exception {
        refresher.submit(() -> {}).get(60, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        refresher.shutdown();
        refresher.awaitTermination(10, TimeUnit.SECONDS);
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
