package dk.punkt.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        resetPeaks();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        int imported = 0;
        for (int from = 0; from < files.size(); from += batch) {
            int to = Math.min(files.size(), from + batch);
            if (batch == 1) {
                ImportService.Outcome outcome =
                        importer.importFile("bench-" + from + ".txt", files.get(from), "Benchudvalg " + (from % 10));
                imported += outcome.alreadyImported() ? 0 : 1;
                continue;
            }
            // One committee per call; ten committees over the run as before.
            List<ImportService.SourceFile> chunk = new ArrayList<>();
            for (int i = from; i < to; i++) {
                chunk.add(new ImportService.SourceFile("bench-" + i + ".txt", files.get(i)));
            }
            for (ImportService.Result result : importer.importFiles(chunk, "Benchudvalg " + (from / batch % 10))) {
                assertThat(result.failure()).isNull();
                imported += result.outcome().alreadyImported() ? 0 : 1;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // The machine is shared: CPU seconds of this JVM (all its threads) say what the import costs, wall time
        // what it took with everyone else running.
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        assertThat(imported).isEqualTo(count);
        System.out.printf(
                Locale.ROOT,
                "IMPORT-BENCH database=%s batch=%d search-sync=%s documents=%d items=%d bytes=%d parse-only=%.0f docs/s import=%.1f s"
                        + " rate=%.1f docs/s cpu=%.1f s docs-per-cpu-second=%.1f heap-peak=%d MiB max-heap=%d MiB%n",
                System.getProperty("punkt.test.database", "h2"),
                batch,
                System.getenv().getOrDefault("PUNKT_BENCH_SEARCH_SYNC", "default"),
                count,
                items,
                bytes,
                count / parseSeconds,
                seconds,
                count / seconds,
                cpuSeconds,
                count / cpuSeconds,
                peakHeap() / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
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
