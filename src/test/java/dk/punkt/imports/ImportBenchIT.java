package dk.punkt.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Imports many minutes documents generated from the corpus (each its own date, spread over ten committees) through
 * {@link ImportService}, one transaction per file as the command line does, and prints documents/s and heap. A
 * benchmark, not a check: it runs only with {@code PUNKT_BENCH=1} (count from {@code PUNKT_BENCH_DOCS}, default
 * 10 000), on H2 and on PostgreSQL like every IT, and prints a line starting {@code IMPORT-BENCH}
 * (command in docs/performance.md).
 */
@SpringBootTest
@EnabledIfEnvironmentVariable(named = "PUNKT_BENCH", matches = "1")
class ImportBenchIT {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("dd. MMMM yyyy", new Locale("da"));

    @Autowired
    ImportService importer;

    @Autowired
    DataSource dataSource;

    /**
     * {@code PUNKT_BENCH_SEARCH_SYNC=read-sync} (or {@code async}) runs the benchmark with Hibernate Search not waiting
     * for a Lucene commit (an fsync) at the end of every transaction that touches the search entries, to measure
     * what that durability costs the import. Unset: the application's setting (write-sync, the default).
     */
    @DynamicPropertySource
    static void searchSynchronization(DynamicPropertyRegistry registry) {
        String strategy = System.getenv("PUNKT_BENCH_SEARCH_SYNC");
        if (strategy != null && !strategy.isBlank()) {
            registry.add(
                    "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy", () -> strategy);
        }
    }

    /** The corpus minutes moved to {@code date}: title and Mødedato agree, so each file is a distinct meeting. */
    static byte[] minutesOn(String corpusText, LocalDate original, LocalDate date) {
        return corpusText
                .replace(original.format(SHORT), date.format(SHORT))
                .replace(original.format(LONG), date.format(LONG))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void importsGeneratedMinutes() {
        int count = Integer.parseInt(System.getenv().getOrDefault("PUNKT_BENCH_DOCS", "10000"));
        String[] names = {"chefforum-2019-10-24", "chefforum-2024-06-06", "chefforum-2025-02-12"};
        LocalDate[] dates = {LocalDate.of(2019, 10, 24), LocalDate.of(2024, 6, 6), LocalDate.of(2025, 2, 12)};
        List<byte[]> files = new ArrayList<>(count);
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            int source = i % names.length;
            // Dates far from the demo's, one per document, so no two files are the same content.
            byte[] file = minutesOn(
                    CorpusFiles.text(names[source]),
                    dates[source],
                    LocalDate.of(1900, 1, 1).plusDays(i));
            files.add(file);
            bytes += file.length;
        }
        long parseStart = System.nanoTime();
        MinutesTextParser parser = new MinutesTextParser();
        int items = 0;
        for (int i = 0; i < files.size(); i++) {
            items += parser.parse("bench-" + i + ".txt", files.get(i)).items().size();
        }
        double parseSeconds = (System.nanoTime() - parseStart) / 1e9;

        // PUNKT_BENCH_BATCH files per importFiles call (one transaction); 1 = importFile per file, as before.
        int batch = Integer.parseInt(System.getenv().getOrDefault("PUNKT_BENCH_BATCH", "100"));
        // PUNKT_BENCH_WARMUP more documents (other dates) imported first and not timed: the figure is
        // then the steady rate of a long migration, without the JIT compiling the import's code (tens of CPU seconds
        // on two cores in the first minute).
        int warmup = Integer.parseInt(System.getenv().getOrDefault("PUNKT_BENCH_WARMUP", "0"));
        if (warmup > 0) {
            try (BulkImport bulk = importer.bulk()) {
                for (int from = 0; from < warmup; from += batch) {
                    List<ImportService.SourceFile> chunk = new ArrayList<>();
                    for (int i = from; i < Math.min(warmup, from + batch); i++) {
                        chunk.add(new ImportService.SourceFile(
                                "warmup-" + i + ".txt",
                                minutesOn(
                                        CorpusFiles.text(names[i % names.length]),
                                        dates[i % names.length],
                                        LocalDate.of(1900, 1, 1).plusDays(count + i))));
                    }
                    // The run's committees, so they exist when it starts.
                    bulk.importFiles(chunk, "Benchudvalg " + (from / batch % 10), results -> {});
                }
            }
        }
        boolean statements = "1".equals(System.getenv("PUNKT_BENCH_PG_STATEMENTS"));
        if (statements) {
            execute("create extension if not exists pg_stat_statements", "select pg_stat_statements_reset()");
        }
        resetPeaks();
        Map<String, Double> serverCpuStart = postgresServerCpu();
        long cpuStart = processCpuNanos();
        long writerCpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        Map<Long, Long> threadCpuStart = threadCpuNanos();
        long jitStart = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        Map<String, Double> jvmThreadsStart = jvmThreadCpu();
        long gcStart = gcPauseMillis();
        long start = System.nanoTime();
        int imported = 0;
        // As the command line does: batches in one bulk run, searchable when it closes (PUNKT_BENCH_BULK=0: each
        // batch searchable before the next is written, as importFiles alone).
        boolean bulkRun = !"0".equals(System.getenv("PUNKT_BENCH_BULK"));
        int[] written = {0};
        String threadCpu;
        Map<String, Double> jvmThreadsEnd;
        int writers;
        try (BulkImport bulk = importer.bulk()) {
            writers = bulk.writers();
            for (int from = 0; from < files.size(); from += batch) {
                int to = Math.min(files.size(), from + batch);
                if (batch == 1) {
                    ImportService.Outcome outcome = importer.importFile(
                            "bench-" + from + ".txt", files.get(from), "Benchudvalg " + (from % 10));
                    imported += outcome.alreadyImported() ? 0 : 1;
                    continue;
                }
                // One committee per call; ten committees over the run as before.
                List<ImportService.SourceFile> chunk = new ArrayList<>();
                for (int i = from; i < to; i++) {
                    chunk.add(new ImportService.SourceFile("bench-" + i + ".txt", files.get(i)));
                }
                String committee = "Benchudvalg " + (from / batch % 10);
                Consumer<List<ImportService.Result>> check = results -> {
                    for (ImportService.Result result : results) {
                        assertThat(result.failure()).isNull();
                        written[0] += result.outcome().alreadyImported() ? 0 : 1;
                    }
                };
                if (bulkRun) {
                    bulk.importFiles(chunk, committee, check);
                } else {
                    check.accept(importer.importFiles(chunk, committee));
                }
            }
            // The writer threads end when the bulk import closes: their CPU is read before (the last batch's
            // writing apart).
            threadCpu = threadCpuSince(threadCpuStart, (processCpuNanos() - cpuStart) / 1e9);
            jvmThreadsEnd = jvmThreadCpu();
        }
        imported += written[0];
        double seconds = (System.nanoTime() - start) / 1e9;
        // The machine is shared: CPU seconds of this JVM (all its threads) say what the import costs, wall time
        // what it took with everyone else running.
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        // The writing thread sets the pace: its CPU against the wall time says how long it waited (for the database).
        double writerCpuSeconds =
                (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - writerCpuStart) / 1e9;
        Map<String, Double> serverCpuEnd = postgresServerCpu();
        double serverCpuSeconds = total(serverCpuEnd) - total(serverCpuStart);
        assertThat(imported).isEqualTo(count);
        System.out.printf(
                Locale.ROOT,
                "IMPORT-BENCH database=%s batch=%d bulk=%s writers=%d warmup=%d search-sync=%s documents=%d items=%d bytes=%d parse-only=%.0f docs/s import=%.1f s"
                        + " rate=%.1f docs/s cpu=%.1f s writer-cpu=%.1f s docs-per-cpu-second=%.1f heap-peak=%d MiB max-heap=%d MiB%n",
                System.getProperty("punkt.test.database", "h2"),
                batch,
                bulkRun,
                bulkRun ? writers : 1,
                warmup,
                System.getenv().getOrDefault("PUNKT_BENCH_SEARCH_SYNC", "default"),
                count,
                items,
                bytes,
                count / parseSeconds,
                seconds,
                count / seconds,
                cpuSeconds,
                writerCpuSeconds,
                count / cpuSeconds,
                peakHeap() / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.printf(
                Locale.ROOT,
                "IMPORT-BENCH jit-compiling=%.1f s (compiler threads' cpu %.1f s) gc-pauses=%.1f s (gc threads' cpu"
                        + " %.1f s) threads-cpu:%s%n",
                (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitStart) / 1e3,
                jvmThreadsEnd.getOrDefault("jit", 0.0) - jvmThreadsStart.getOrDefault("jit", 0.0),
                (gcPauseMillis() - gcStart) / 1e3,
                jvmThreadsEnd.getOrDefault("gc", 0.0) - jvmThreadsStart.getOrDefault("gc", 0.0),
                threadCpu);
        if (serverCpuSeconds > 0) {
            System.out.printf(
                    Locale.ROOT,
                    "IMPORT-BENCH postgres-server-cpu=%.1f s (%s) rows:%s%n",
                    serverCpuSeconds,
                    since(serverCpuStart, serverCpuEnd).strip(),
                    rowsInserted());
        }
        if (statements) {
            explain(
                    "select * from appendix where item_id = any (array(select id from agenda_item order by id desc limit 350))");
            printTopStatements();
        }
    }

    /**
     * CPU seconds of the PostgreSQL server processes on this machine (the embedded test server is the only one):
     * the live processes' own time plus what the postmaster collected from exited children. 0 on H2 or without
     * /proc.
     */
    /**
     * CPU seconds of the JVM's own threads by kind, from /proc/self/task: "jit" (C1/C2 compiler threads) and "gc"
     * (G1's threads). Threads that ended are missing (the JVM starts and stops compiler threads as needed).
     */
    private static Map<String, Double> jvmThreadCpu() {
        Map<String, Double> byKind = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String kind = name.startsWith("C1 ") || name.startsWith("C2 ")
                            ? "jit"
                            : name.startsWith("G1 ") || name.startsWith("GC ") ? "gc" : null;
                    if (kind != null) {
                        // utime and stime are fields 14 and 15; fields after the ")" start at field 3.
                        String[] fields =
                                stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                        byKind.merge(kind, ticks / 100.0, Double::sum);
                    }
                } catch (IOException | RuntimeException gone) {
                    // The thread ended while we read it.
                }
            }
        } catch (IOException noProc) {
            // Not Linux: nothing to say.
        }
        return byKind;
    }

    /**
     * CPU seconds of the PostgreSQL server processes on this machine (the embedded test server is the only one), by
     * kind: "connections" (the pool's backends), the background processes by name (walwriter, checkpointer, …), and
     * "ended" (what the postmaster collected from children that exited: autovacuum workers, mostly). Empty on H2 or
     * without /proc.
     */
    private static Map<String, Double> postgresServerCpu() {
        Map<String, Double> byKind = new TreeMap<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : (Iterable<Path>) processes::iterator) {
                if (!process.getFileName().toString().chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    if (!stat.contains("(postgres)")) {
                        continue;
                    }
                    // Fields after the ")" of the command: state is field 3, utime 14 ... cstime 17.
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    long ended = Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
                    String command =
                            Files.readString(process.resolve("cmdline")).replace('\0', ' ');
                    String kind = !command.startsWith("postgres: ")
                            ? "postmaster"
                            : command.contains("(")
                                    ? "connections"
                                    : command.substring(10).strip();
                    byKind.merge(kind, own / 100.0, Double::sum);
                    byKind.merge("ended", ended / 100.0, Double::sum);
                } catch (IOException | RuntimeException gone) {
                    // The process ended while we read it.
                }
            }
        } catch (IOException noProc) {
            return Map.of();
        }
        return byKind;
    }

    private static double total(Map<String, Double> cpu) {
        return cpu.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** " kind=seconds" for each kind that used a tenth of a second or more since {@code start}. */
    private static String since(Map<String, Double> start, Map<String, Double> end) {
        StringBuilder text = new StringBuilder();
        end.forEach((kind, seconds) -> {
            double used = seconds - start.getOrDefault(kind, 0.0);
            if (used >= 0.1) {
                text.append(String.format(Locale.ROOT, " %s=%.1f s", kind.replace(' ', '-'), used));
            }
        });
        return text.toString();
    }

    private void explain(String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("explain analyze " + sql)) {
            while (result.next()) {
                System.out.println("IMPORT-BENCH plan " + result.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String... sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The server's 25 statements that took the most time ({@code PUNKT_BENCH_PG_STATEMENTS=1}). */
    private void printTopStatements() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "select calls, rows, total_exec_time, total_plan_time, left(regexp_replace(query, '\\s+', ' ', 'g'), 160)"
                                + " from pg_stat_statements order by total_exec_time + total_plan_time desc limit 25")) {
            while (result.next()) {
                System.out.printf(
                        Locale.ROOT,
                        "IMPORT-BENCH statement calls=%d rows=%d exec=%.0f ms plan=%.0f ms %s%n",
                        result.getLong(1),
                        result.getLong(2),
                        result.getDouble(3),
                        result.getDouble(4),
                        result.getString(5));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows inserted per table, most first, and its size on disk with indexes (PostgreSQL's statistics; empty on H2). */
    private String rowsInserted() {
        StringBuilder rows = new StringBuilder();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            Thread.sleep(1500); // statistics reach the collector within a second
            try (ResultSet result = statement.executeQuery(
                    "select relname, n_tup_ins, seq_scan, seq_tup_read, idx_scan, pg_total_relation_size(relid)"
                            + " from pg_stat_user_tables"
                            + " where n_tup_ins > 0 order by n_tup_ins desc")) {
                while (result.next()) {
                    rows.append(' ').append(result.getString(1)).append('=').append(result.getLong(2));
                    rows.append(String.format(Locale.ROOT, "[%.0f MiB]", result.getLong(6) / 1048576.0));
                    if (result.getLong(4) > 100_000) {
                        // A table read whole many times: a missing index or a poor plan.
                        rows.append(String.format(
                                Locale.ROOT,
                                "(seq-scans=%d read %d rows, index scans=%d)",
                                result.getLong(3),
                                result.getLong(4),
                                result.getLong(5)));
                    }
                }
            }
        } catch (SQLException | InterruptedException e) {
            return " (" + e.getMessage() + ")";
        }
        return rows.toString();
    }

    private static long gcPauseMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }

    private static Map<Long, Long> threadCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpu = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            cpu.put(id, threads.getThreadCpuTime(id));
        }
        return cpu;
    }

    /**
     * CPU seconds per thread group (names without their numbers) since {@code start}; what the JVM used beyond the
     * Java threads (GC, JIT compiler, threads that ended) as "other".
     */
    private static String threadCpuSince(Map<Long, Long> start, double processSeconds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Double> byName = new TreeMap<>();
        double total = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long now = threads.getThreadCpuTime(info.getThreadId());
            double seconds = (now - start.getOrDefault(info.getThreadId(), 0L)) / 1e9;
            if (now < 0 || seconds < 0.05) {
                continue;
            }
            byName.merge(info.getThreadName().replaceAll("\\d+", "N"), seconds, Double::sum);
            total += seconds;
        }
        StringBuilder text = new StringBuilder();
        byName.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> text.append(String.format(Locale.ROOT, " [%s]=%.1f s", e.getKey(), e.getValue())));
        return text.append(
                        String.format(Locale.ROOT, " [other: GC, JIT, ended threads]=%.1f s", processSeconds - total))
                .toString();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
