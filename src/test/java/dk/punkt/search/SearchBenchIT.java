package dk.punkt.search;

import dk.punkt.items.ItemType;
import dk.punkt.minutes.Outcome;
import dk.punkt.search.internal.DanishAnalyzers;
import dk.punkt.search.internal.FacetDimension;
import dk.punkt.search.internal.FacetKey;
import dk.punkt.search.internal.SearchEntry;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.automaticindexing.session.AutomaticIndexingSynchronizationStrategy;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The search benchmark of issue 7: a synthetic corpus of {@code SEARCH_BENCH_ITEMS} items (default 100 000; the
 * issue asks for 1 000 000) indexed through Hibernate Search's indexing plan (the same mapping and analyzers as the
 * application, without database rows: the entries are built in memory and handed to the index directly), then
 * single words, compound parts, phrases and filtered queries timed in the same run: through {@link SearchService}
 * (what the pages and API do: access filter, highlighting, five facets), the service's search with only some of its
 * parts (page and exact count; with snippets; with facets), and a raw Lucene {@link IndexSearcher} on the same index
 * directory with an equivalent Lucene query written here (alone, and with the same five facet counts). A benchmark, not a check: runs only with {@code PUNKT_BENCH=1},
 * on H2 only, and prints lines starting {@code SEARCH-BENCH}; the table also goes to
 * {@code target/search-bench.md}. Command in docs/performance-search.md.
 */
@SpringBootTest(properties = "punkt.search.startup-reindex=false")
@EnabledIfEnvironmentVariable(named = "PUNKT_BENCH", matches = "1")
@EnabledIfSystemProperty(named = "punkt.test.database", matches = "h2")
class SearchBenchIT {

    private static final int BATCH = 2_000;

    /**
     * The benchmark's committee ids: 100 + the corpus's committee number (60 committees), clear of the demo data's
     * few committees and, like a real installation's identity ids, small (see {@code FacetKey}).
     */
    private static final int COMMITTEE_BASE = 100;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    SearchService search;

    @Autowired
    dk.punkt.search.internal.SearchQueries queries;

    private final PrintStream out = System.out;

    /**
     * {@code SEARCH_BENCH_QUERY_THREADS}: {@code punkt.search.query-threads} for the service (slices searched at once;
     * default 1, one thread per query; 0 is one per processor). {@code SEARCH_BENCH_DIR}: a data directory of its own for the index ({@code <dir>/search/search_entry}), kept
     * after the run so the application can be started against it and a later run can reuse it.
     */
    @DynamicPropertySource
    static void benchDirectory(DynamicPropertyRegistry registry) {
        String threads = System.getenv("SEARCH_BENCH_QUERY_THREADS");
        if (threads != null && !threads.isBlank()) {
            registry.add("punkt.search.query-threads", () -> threads);
        }
        String dir = System.getenv("SEARCH_BENCH_DIR");
        if (dir != null && !dir.isBlank()) {
            registry.add(
                    "spring.jpa.properties.hibernate.search.backend.directory.root",
                    () -> Path.of(dir).resolve("search").toAbsolutePath().toString());
        }
    }

    @Value("${spring.jpa.properties.hibernate.search.backend.directory.root}")
    Path indexRoot;

    @Test
    void indexAndQuery() throws Exception {
        int items = Integer.parseInt(System.getenv().getOrDefault("SEARCH_BENCH_ITEMS", "100000"));
        runs = Integer.parseInt(System.getenv().getOrDefault("SEARCH_BENCH_RUNS", "200"));
        warmUp = Math.max(10, runs / 5);
        SyntheticCorpus corpus = new SyntheticCorpus(Path.of("src/main/resources/demo/corpus"), 7, 60);
        Map<String, String> report = new LinkedHashMap<>();
        Path indexDirectory = indexRoot.resolve(SearchEntry.INDEX);
        Path meta = indexRoot.resolve("bench-indexing.txt");

        long existing = documents();
        report.put("items", String.format(Locale.ROOT, "%,d", items));
        report.put("load before indexing (uptime)", uptime());
        if (existing == items && Files.exists(meta)) {
            report.put("indexing", Files.readString(meta).strip() + " (index reused from an earlier run)");
        } else if (existing != 0) {
            throw new IllegalStateException("The index in " + indexDirectory + " holds " + existing + " documents, not "
                    + items + ": remove the directory or set SEARCH_BENCH_ITEMS=" + existing);
        } else {
            long start = System.nanoTime();
            index(corpus, items);
            double seconds = (System.nanoTime() - start) / 1e9;
            String indexing = String.format(Locale.ROOT, "%.0f s, %.0f items/s", seconds, items / seconds);
            Files.writeString(meta, indexing + ", load after indexing " + uptime());
            report.put("indexing", indexing);
        }
        long bytes = size(indexDirectory);
        report.put(
                "index size", String.format(Locale.ROOT, "%.0f MB (%.2f kB/item)", bytes / 1e6, bytes / 1e3 / items));
        report.put("heap used after indexing", heap());
        report.forEach((k, v) -> out.println("SEARCH-BENCH " + k + ": " + v));
        if ("1".equals(System.getenv("SEARCH_BENCH_INDEX_ONLY"))) {
            // Builds (or checks) the index for a later run and stops: the queries then run on their own.
            return;
        }

        Map<String, List<String>> queries = new LinkedHashMap<>();
        queries.put(
                "single word",
                List.of(
                        "budget",
                        "medarbejdere",
                        "økonomi",
                        "ledelse",
                        "tidsregistrering",
                        "seminar",
                        "kvalitet",
                        "borgere"));
        queries.put(
                "compound part", List.of("forslag", "registrering", "samtaler", "gruppe", "analyse", "styregruppe"));
        queries.put(
                "phrase",
                List.of(
                        "\"nye medarbejdere\"",
                        "\"til efterretning\"",
                        "\"at Chefforum\"",
                        "\"af budget\"",
                        "\"i forhold til\""));
        queries.put(
                "two words",
                List.of("budget seminar", "ledelse kvalitet", "medarbejdere tidsregistrering", "økonomi analyse"));

        StringBuilder table = new StringBuilder();
        table.append("| queries | SearchService p50 / p95 | service: page + count | + snippets | + facets"
                + " | raw Lucene p50 / p95 | raw Lucene + 5 facets p50 / p95"
                + " | raw Lucene + 5 facets + the page's stored fields p50 / p95 | service ÷ raw (p50 / p95)"
                + " | service ÷ raw + facets (p50 / p95) | service ÷ raw + facets + stored fields (p50 / p95)"
                + " | hits service / raw | load |\n");
        table.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        settle(items);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDirectory))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            SimpleQueryParser parser = new SimpleQueryParser(DanishAnalyzers.query(), fieldWeights());
            parser.setDefaultOperator(Occur.MUST);
            // Untimed passes over every query, unfiltered and with the filters of the filtered sets (session 7), so
            // the first row is not the one that warms the JIT up (the first filtered row used to).
            for (int pass = 0; pass < 3; pass++) {
                for (List<String> words : queries.values()) {
                    for (String word : words) {
                        for (int[] filter : new int[][] {null, {7, 2019}, {-1, 2019}}) {
                            search.search(serviceQuery(word, filter), SearchAccess.PUBLIC);
                            rawWithFacets(searcher, rawQuery(parser, word, filter));
                        }
                    }
                }
            }
            profileLoop(queries.get("single word"));
            for (var entry : queries.entrySet()) {
                row(table, entry.getKey(), entry.getValue(), null, searcher, parser);
            }
            row(
                    table,
                    "single word, filtered (committee + year)",
                    queries.get("single word"),
                    new int[] {7, 2019},
                    searcher,
                    parser);
            row(
                    table,
                    "compound part, filtered (committee + year)",
                    queries.get("compound part"),
                    new int[] {7, 2019},
                    searcher,
                    parser);
            row(
                    table,
                    "single word, filtered (year)",
                    queries.get("single word"),
                    new int[] {-1, 2019},
                    searcher,
                    parser);
        }
        report.put("heap used after the queries", heap());
        report.put("load after the queries (uptime)", uptime());
        out.println(table);
        String markdown = "| measure | value |\n|---|---|\n"
                + report.entrySet().stream()
                        .map(e -> "| " + e.getKey() + " | " + e.getValue() + " |\n")
                        .reduce("", String::concat)
                + "\nAll times in ms; " + runs + " timed runs after " + warmUp
                + " warm-up runs per cell, the cells of a row interleaved (each query through every cell in turn).\n\n"
                + table;
        Files.writeString(Path.of("target/search-bench-" + items + ".md"), markdown, StandardCharsets.UTF_8);
    }

    private int runs;
    private int warmUp;

    /** The benchmark's documents (their meeting ids start at 100 000; the demo data's entries are indexed too). */
    private long documents() {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            return Search.session(em)
                    .search(SearchEntry.class)
                    .where(f -> f.range().field("meetingId").atLeast(100_000L))
                    .fetchTotalHitCount();
        } finally {
            em.close();
        }
    }

    private static String uptime() {
        try {
            String load = Files.readString(Path.of("/proc/loadavg")).strip();
            return "load average " + String.join(" ", Arrays.copyOf(load.split(" "), 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String heap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return String.format(
                Locale.ROOT,
                "%.0f MB of %.0f MB max",
                (runtime.totalMemory() - runtime.freeMemory()) / 1e6,
                runtime.maxMemory() / 1e6);
    }

    private void index(SyntheticCorpus corpus, int items) throws InterruptedException {
        long base = 10_000_000L;
        long start = System.nanoTime();
        for (int from = 0; from < items; from += BATCH) {
            EntityManager em = entityManagerFactory.createEntityManager();
            try {
                SearchSession session = Search.session(em);
                session.automaticIndexingSynchronizationStrategy(AutomaticIndexingSynchronizationStrategy.async());
                SearchIndexingPlan plan = session.indexingPlan();
                for (int i = from; i < Math.min(items, from + BATCH); i++) {
                    plan.addOrUpdate(entry(corpus.item(base + i)));
                }
                plan.execute();
            } finally {
                em.close();
            }
            int done = Math.min(items, from + BATCH);
            if (done % 20_000 == 0) {
                double seconds = (System.nanoTime() - start) / 1e9;
                out.printf(
                        Locale.ROOT,
                        "SEARCH-BENCH indexed %,d in %.0f s (%.0f items/s), %s%n",
                        done,
                        seconds,
                        done / seconds,
                        uptime());
            }
        }
        settle(items);
    }

    /**
     * Waits until the index holds every benchmark document and commits: the raw {@link DirectoryReader} sees only
     * committed segments, and asynchronous indexing may still be writing the last batches (and the demo data's
     * meetings) when the indexing loop ends.
     */
    private void settle(long items) throws InterruptedException {
        var workspace =
                Search.mapping(entityManagerFactory).scope(SearchEntry.class).workspace();
        for (int i = 0; i < 600; i++) {
            workspace.flush();
            workspace.refresh();
            if (documents() >= items) {
                break;
            }
            Thread.sleep(1000);
        }
        Thread.sleep(2000);
        workspace.flush();
        workspace.refresh();
    }

    private static SearchEntry entry(SyntheticCorpus.Item item) {
        SearchEntry entry = new SearchEntry(item.id());
        entry.describe(
                COMMITTEE_BASE + item.committee(),
                item.committeeName(),
                100_000 + item.id() / 12,
                LocalDate.of(item.year(), item.month(), item.day()),
                item.number(),
                item.title(),
                item.caseNumber(),
                ItemType.values()[item.type()],
                item.outcome() < 0 ? null : Outcome.values()[item.outcome()],
                item.closed(),
                item.sections(),
                item.recommendation(),
                item.decision(),
                Instant.now());
        return entry;
    }

    /**
     * {@code SEARCH_BENCH_LOOP=n}: n service searches of single words filtered by committee and year before the table,
     * one after the other, for a sampling profiler (JFR) to see where a filtered search's time goes.
     */
    private void profileLoop(List<String> words) {
        int loop = Integer.parseInt(System.getenv().getOrDefault("SEARCH_BENCH_LOOP", "0"));
        if (loop <= 0) {
            return;
        }
        long start = System.nanoTime();
        for (int i = 0; i < loop; i++) {
            search.search(
                    new SearchQuery(
                            words.get(i % words.size()),
                            (long) COMMITTEE_BASE + 7,
                            2019,
                            null,
                            null,
                            null,
                            SearchQuery.Sort.RELEVANCE,
                            1),
                    SearchAccess.PUBLIC);
        }
        out.printf(
                Locale.ROOT,
                "SEARCH-BENCH loop of %d filtered searches: %.3f ms each%n",
                loop,
                (System.nanoTime() - start) / 1e6 / loop);
    }

    /**
     * {@code SEARCH_BENCH_SETS}: the sets to time, as comma-separated parts of their names ({@code committee} for the
     * two committee + year sets); all when unset.
     */
    private static boolean wanted(String name) {
        String sets = System.getenv("SEARCH_BENCH_SETS");
        return sets == null
                || sets.isBlank()
                || Arrays.stream(sets.split(",")).anyMatch(part -> name.contains(part.strip()));
    }

    private void row(
            StringBuilder table,
            String name,
            List<String> words,
            int[] filter,
            IndexSearcher searcher,
            SimpleQueryParser parser)
            throws IOException {
        if (!wanted(name)) {
            return;
        }
        List<SearchQuery> serviceQueries =
                words.stream().map(word -> serviceQuery(word, filter)).toList();
        long[] hits = new long[2];
        List<Query> raw =
                words.stream().map(word -> rawQuery(parser, word, filter)).toList();
        // The cells of a row are timed interleaved, one query at a time through each in turn (session 7): timed one
        // cell after the other, the row's first cell (the service's) read 0.2–0.4 ms higher than the same searches
        // timed again later, which counted against the service in the ratios.
        double[][] cells = timeInterleaved(
                words.size(),
                i -> {
                    hits[0] += search.search(serviceQueries.get(i), SearchAccess.PUBLIC)
                            .total();
                },
                i -> parts(serviceQueries.get(i), false, false),
                i -> parts(serviceQueries.get(i), true, false),
                i -> parts(serviceQueries.get(i), false, true),
                i -> {
                    try {
                        TopDocs top =
                                searcher.search(raw.get(i), new TopScoreDocCollectorManager(20, Integer.MAX_VALUE));
                        hits[1] += top.totalHits.value;
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                },
                i -> rawWithFacets(searcher, raw.get(i)),
                i -> rawWithStoredFields(searcher, raw.get(i)));
        double[] service = cells[0];
        double[] bare = cells[1];
        double[] highlight = cells[2];
        double[] facets = cells[3];
        double[] lucene = cells[4];
        double[] luceneFacets = cells[5];
        double[] luceneStored = cells[6];
        String line = String.format(
                Locale.ROOT,
                "| %s (%d) | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f"
                        + " | %.1f / %.1f | %.2f / %.2f | %.2f / %.2f | %.2f / %.2f | %d / %d | %s |",
                name,
                words.size(),
                service[0],
                service[1],
                bare[0],
                bare[1],
                highlight[0],
                highlight[1],
                facets[0],
                facets[1],
                lucene[0],
                lucene[1],
                luceneFacets[0],
                luceneFacets[1],
                luceneStored[0],
                luceneStored[1],
                service[0] / Math.max(0.01, lucene[0]),
                service[1] / Math.max(0.01, lucene[1]),
                service[0] / Math.max(0.01, luceneFacets[0]),
                service[1] / Math.max(0.01, luceneFacets[1]),
                service[0] / Math.max(0.01, luceneStored[0]),
                service[1] / Math.max(0.01, luceneStored[1]),
                hits[0] / ((long) (warmUp + runs)),
                hits[1] / ((long) (warmUp + runs)),
                uptime().replace("load average ", ""));
        out.println("SEARCH-BENCH " + line);
        table.append(line).append('\n');
    }

    /** A public search by relevance for the first page, with committee ({@code filter[0] >= 0}) and year filters. */
    private static SearchQuery serviceQuery(String word, int[] filter) {
        return new SearchQuery(
                word,
                filter == null || filter[0] < 0 ? null : (long) COMMITTEE_BASE + filter[0],
                filter == null ? null : filter[1],
                null,
                null,
                null,
                SearchQuery.Sort.RELEVANCE,
                1);
    }

    /**
     * Raw Lucene doing the same facet work as the service: top 20 by score with an exact count and, in the same pass,
     * the matching documents for the facets (Lucene's {@link FacetsCollector}), then exact counts of all five facets
     * from each matching document's packed facet key ({@link FacetKey}) in arrays, decoded into the same facet lists
     * with labels as the service (which counts while it collects, without the document set).
     */
    private Object rawWithFacets(IndexSearcher searcher, Query query) {
        try {
            Object[] results = searcher.search(
                    query,
                    new MultiCollectorManager(
                            new TopScoreDocCollectorManager(20, Integer.MAX_VALUE), new FacetsCollectorManager()));
            FacetsCollector matching = (FacetsCollector) results[1];
            int[][] slots = {new int[32], new int[32], new int[1024], new int[16384], new int[4096]};
            for (FacetsCollector.MatchingDocs docs : matching.getMatchingDocs()) {
                SortedNumericDocValues keys = DocValues.getSortedNumeric(docs.context.reader(), FacetKey.FIELD);
                DocIdSetIterator matches = docs.bits.iterator();
                for (int doc = matches.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = matches.nextDoc()) {
                    if (keys.advanceExact(doc)) {
                        long key = keys.nextValue();
                        slots[0][FacetKey.typeSlot(key)]++;
                        slots[1][FacetKey.outcomeSlot(key)]++;
                        slots[2][FacetKey.yearSlot(key)]++;
                        slots[3][FacetKey.caseGroupSlot(key)]++;
                        slots[4][(int) FacetKey.committeeSlot(key)]++; // the benchmark's ids are small
                    }
                }
            }
            Map<FacetDimension, Map<Long, Long>> counts = new EnumMap<>(FacetDimension.class);
            for (FacetDimension dimension : FacetDimension.values()) {
                counts.put(dimension, new HashMap<>());
            }
            for (int slot = 1; slot < 4096; slot++) {
                count(counts.get(FacetDimension.COMMITTEE), slots[4], slot, slot - 1);
                if (slot < 1024) {
                    count(counts.get(FacetDimension.YEAR), slots[2], slot, FacetKey.yearOf(slot));
                }
                if (slot < 32) {
                    count(counts.get(FacetDimension.TYPE), slots[0], slot, slot - 1);
                    count(counts.get(FacetDimension.OUTCOME), slots[1], slot, slot - 1);
                }
            }
            for (int slot = 1; slot < 16384; slot++) {
                count(counts.get(FacetDimension.CASE_GROUP), slots[3], slot, slot - 1);
            }
            return List.of(results[0], queries.facets(counts));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The stored fields the service reads for a public page's hits: the row and the open text of its snippet. */
    private static final Set<String> PAGE_FIELDS = Set.of(
            "meetingId",
            "committeeId",
            "committeeName",
            "meetingDate",
            "number",
            "title",
            "caseNumber",
            "closed",
            "openText");

    /**
     * Raw Lucene with the facets as above and the page's 20 hits read from the index as a result list must read them
     * (the service's fields of a public hit: the row and the open text for its snippet), one stored-fields reader for
     * the page. No snippets are made: this is the index's part of showing a page, which raw Lucene alone leaves out.
     */
    private Object rawWithStoredFields(IndexSearcher searcher, Query query) {
        @SuppressWarnings("unchecked")
        List<Object> found = (List<Object>) rawWithFacets(searcher, query);
        try {
            StoredFields stored = searcher.getIndexReader().storedFields();
            List<Document> hits = new ArrayList<>();
            for (ScoreDoc doc : ((TopDocs) found.get(0)).scoreDocs) {
                hits.add(stored.document(doc.doc, PAGE_FIELDS));
            }
            return List.of(found, hits);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void count(Map<Long, Long> counts, int[] slots, int slot, long key) {
        if (slots[slot] > 0) {
            counts.put(key, (long) slots[slot]);
        }
    }

    /** Parts of the service's search alone, to see what costs: the same query, page and exact total each time. */
    private Object parts(SearchQuery query, boolean highlight, boolean facets) {
        return queries.run(
                query, SearchAccess.PUBLIC, new dk.punkt.search.internal.SearchQueries.Parts(highlight, facets));
    }

    /**
     * A public search written by hand, independently of the service's {@code LuceneQuery}: Lucene's parser with its
     * default flags, the same fields and weights, the {@code closed} filter, committee and year as points.
     */
    private static Query rawQuery(SimpleQueryParser parser, String words, int[] filter) {
        Query open = new BooleanQuery.Builder()
                .add(parser.parse(words), Occur.MUST)
                .add(IntPoint.newExactQuery("closed", 0), Occur.FILTER)
                .build();
        SimpleQueryParser titles =
                new SimpleQueryParser(DanishAnalyzers.query(), Map.of("title", 2.0f, "caseNumberText", 1.0f));
        titles.setDefaultOperator(Occur.MUST);
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(
                        new BooleanQuery.Builder()
                                .add(titles.parse(words), Occur.SHOULD)
                                .add(open, Occur.SHOULD)
                                .build(),
                        Occur.MUST);
        if (filter != null) {
            if (filter[0] >= 0) {
                query.add(LongPoint.newExactQuery("committeeId", (long) COMMITTEE_BASE + filter[0]), Occur.FILTER);
            }
            query.add(IntPoint.newExactQuery("year", filter[1]), Occur.FILTER);
        }
        return query.build();
    }

    private static Map<String, Float> fieldWeights() {
        Map<String, Float> weights = new LinkedHashMap<>();
        weights.put("title", 2.0f);
        weights.put("caseNumberText", 1.0f);
        weights.put("openText", 1.0f);
        return weights;
    }

    /**
     * p50 and p95 in milliseconds of each of {@code cells} (each given the index of a query) over RUNS timed runs
     * after WARM_UP untimed ones: run {@code i} times query {@code i % queries} through every cell in turn, in an
     * order that rotates with {@code i}, so that no cell always comes first.
     */
    private double[][] timeInterleaved(int queries, IntConsumer... cells) {
        double[][] millis = new double[cells.length][runs];
        for (int i = 0; i < warmUp + runs; i++) {
            int query = i % queries;
            for (int k = 0; k < cells.length; k++) {
                int cell = (k + i) % cells.length;
                long start = System.nanoTime();
                cells[cell].accept(query);
                if (i >= warmUp) {
                    millis[cell][i - warmUp] = (System.nanoTime() - start) / 1e6;
                }
            }
        }
        double[][] result = new double[cells.length][];
        for (int cell = 0; cell < cells.length; cell++) {
            Arrays.sort(millis[cell]);
            result[cell] = new double[] {millis[cell][runs / 2], millis[cell][(int) (runs * 0.95)]};
        }
        return result;
    }

    /** The index's size; read again if the writer removes a file meanwhile (a pending commit's, for instance). */
    private static long size(Path directory) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try (Stream<Path> files = Files.walk(directory)) {
                return files.filter(Files::isRegularFile)
                        .mapToLong(file -> file.toFile().length())
                        .sum();
            } catch (java.io.UncheckedIOException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }
}
