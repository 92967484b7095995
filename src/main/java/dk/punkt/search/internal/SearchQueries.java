package dk.punkt.search.internal;

import dk.punkt.items.ItemType;
import dk.punkt.minutes.Outcome;
import dk.punkt.search.SearchAccess;
import dk.punkt.search.SearchQuery;
import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.UsageTrackingQueryCachingPolicy;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.scope.LuceneIndexScope;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Builds and runs the search. Access is part of the query: open text (title, case number, sections, recommendation,
 * decision, open appendices) of open items for everyone; the text of closed items and closed appendices only within
 * the committees the searcher may see. Counts, facets and pages therefore only ever count what the searcher may see.
 * Snippets are chosen per hit from the fields that hit's reader may see. Hibernate Search maps and writes the index;
 * the search itself runs natively on the index's reader ({@link LuceneQuery}), so that the page, the exact total and
 * the facets come from our own collectors: one pass, or for an unfiltered search by relevance a skipping pass for
 * the page and a non-scoring pass for total and facets (docs/decisions-search.md).
 */
@Component
public class SearchQueries {

    /** Text everyone may search, for open items. */
    static final String[] OPEN_TEXT = {"title", "caseNumberText", "openText"};

    /**
     * Text of any item, for the committees whose closed content the searcher may see: also closed appendices and
     * decisions not yet approved ({@code restrictedText}).
     */
    static final String[] ALL_TEXT = {"title", "caseNumberText", "openText", "restrictedText"};

    /** What a closed item shows everyone: number, title and case number. */
    static final String[] PUBLIC_OF_CLOSED = {"title", "caseNumberText"};

    private static final int SNIPPET = 200;

    /** Relevance, then the newest meeting first (as before with Hibernate Search's sort). */
    private static final Sort BY_RELEVANCE =
            new Sort(SortField.FIELD_SCORE, new SortedNumericSortField("meetingDate", SortField.Type.LONG, true));

    /** The newest meeting first, then by item number. */
    private static final Sort BY_DATE = new Sort(
            new SortedNumericSortField("meetingDate", SortField.Type.LONG, true),
            new SortedNumericSortField("number", SortField.Type.INT, false));

    /**
     * Hibernate Search's field with the entity id as text (its own encoding, see its {@code MetadataFields}); every
     * search test of this module fails if a new version moves it.
     */
    private static final String ID_FIELD = "__HSEARCH_id_docvalue";

    /** The stored fields of a result row, and with the texts the snippets come from. */
    private static final Set<String> ROW = Set.of(
            "meetingId", "committeeId", "committeeName", "meetingDate", "number", "title", "caseNumber", "closed");

    private static final Set<String> WITH_OPEN_TEXT = with(ROW, "openText");
    private static final Set<String> WITH_ALL_TEXT = with(ROW, "openText", "restrictedText");

    private static final int MAX_COMMITTEES = 200;
    private static final int MAX_YEARS = 200;
    private static final int MAX_CASE_GROUPS = 100;

    /** Fields of the filters (access and the facet filters), the only queries Lucene's query cache may keep. */
    private static final Set<String> FILTER_FIELDS =
            Set.of("closed", "committeeId", "year", "type", "outcome", "caseNumber");

    /**
     * Lucene's query cache (on by default) keeps a non-scoring query's matches per segment once it has been seen a few
     * times. With the counting pass that would be the whole search, words included, so that a repeated search would
     * only be counted again, not searched: a result cache. Only filters on the entries' attributes are cached (as
     * with the plain one-pass search, where the words are always scored and never cached).
     */
    static final QueryCachingPolicy FILTERS_ONLY = new QueryCachingPolicy() {
        private final UsageTrackingQueryCachingPolicy usage = new UsageTrackingQueryCachingPolicy();

        @Override
        public void onUse(Query query) {
            usage.onUse(query);
        }

        @Override
        public boolean shouldCache(Query query) throws IOException {
            return onlyFilterFields(query) && usage.shouldCache(query);
        }
    };

    private final CommitteeNames committeeNames;
    private final EntityManagerFactory entityManagerFactory;

    /** The index's own query analyzer, from the Lucene backend (looked up once). */
    private volatile Analyzer analyzer;

    /**
     * Slices of the index searched at once per query ({@code punkt.search.query-threads}; 0 means one per processor;
     * 1, the default, searches on the caller's thread only: on two cores slices did not pay, docs/decisions-search.md).
     */
    private final int queryThreads;

    /** The threads besides the caller's that search a query's other slices; null with one thread per query. */
    private final ExecutorService sliceThreads;

    SearchQueries(
            CommitteeNames committeeNames,
            EntityManagerFactory entityManagerFactory,
            @Value("${punkt.search.query-threads:1}") int queryThreads) {
        this.committeeNames = committeeNames;
        this.entityManagerFactory = entityManagerFactory;
        this.queryThreads =
                queryThreads > 0 ? queryThreads : Runtime.getRuntime().availableProcessors();
        this.sliceThreads =
                this.queryThreads > 1 ? Executors.newFixedThreadPool(this.queryThreads - 1, daemon()) : null;
    }

    private static ThreadFactory daemon() {
        AtomicInteger number = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "search-slice-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @PreDestroy
    void stop() {
        if (sliceThreads != null) {
            sliceThreads.shutdown();
        }
    }

    /** Which costly parts of a search to compute; the application always asks for both (the benchmark for less). */
    public record Parts(boolean highlights, boolean facets) {
        public static final Parts ALL = new Parts(true, true);
    }

    public dk.punkt.search.SearchResult run(SearchQuery query, SearchAccess access) {
        return run(query, access, Parts.ALL);
    }

    /**
     * Runs the search on the index's reader: the page (score or date order), the exact total and the facet counts
     * ({@link #collect}), the unfiltered searches by relevance in slices on several threads; the page's stored fields
     * give the rows and snippets.
     */
    public dk.punkt.search.SearchResult run(SearchQuery query, SearchAccess access, Parts parts) {
        long start = System.nanoTime();
        int offset = (query.page() - 1) * SearchQuery.PAGE_SIZE;
        Query lucene = LuceneQuery.of(query, access, analyzer());
        Sort sort = query.sort() == SearchQuery.Sort.DATE ? BY_DATE : BY_RELEVANCE;
        LuceneIndexScope scope =
                Search.mapping(entityManagerFactory).scope(SearchEntry.class).extension(LuceneExtension.get());
        try (IndexReader reader = scope.openIndexReader()) {
            boolean large = unfilteredByRelevance(query);
            // Slices only for the searches that match a large part of the index: for a filtered one the hand-off to
            // a second thread costs more than it saves (measured, docs/performance-search.md, session 6).
            IndexSearcher searcher = sliceThreads != null && large
                    ? new SlicedSearcher(reader, sliceThreads, queryThreads)
                    : new IndexSearcher(reader);
            searcher.setQueryCachingPolicy(FILTERS_ONLY);
            Collected found = collect(
                    searcher,
                    lucene,
                    sort,
                    offset + SearchQuery.PAGE_SIZE,
                    parts.facets(),
                    large && oneWordOrPhrase(query.text()));
            TopDocs top = found.top();
            Highlighter marker = parts.highlights() ? Highlighter.of(query.text()) : null;
            boolean closedHighlights = parts.highlights() && access.seesAny();
            Set<String> fields = closedHighlights ? WITH_ALL_TEXT : parts.highlights() ? WITH_OPEN_TEXT : ROW;
            List<dk.punkt.search.SearchResult.Hit> hits = new ArrayList<>();
            ScoreDoc[] docs = top.scoreDocs;
            // One stored-fields reader per segment with hits, opened once for the page: the index reader's own
            // storedFields() opens one for every segment (29 in the million-item index) for a page that has 20 hits.
            PageFields stored = new PageFields(reader.leaves());
            for (int i = offset; i < docs.length; i++) {
                hits.add(hit(reader, stored, docs[i].doc, fields, access, marker, closedHighlights));
            }
            return new dk.punkt.search.SearchResult(
                    found.total(),
                    query.page(),
                    SearchQuery.PAGE_SIZE,
                    hits,
                    found.facets() != null ? facets(found.facets()) : EMPTY_FACETS,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed: " + query, e);
        }
    }

    /** Whether a query reads only the filter fields (so never a search's words). */
    static boolean onlyFilterFields(Query query) {
        boolean[] other = {false};
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                if (!FILTER_FIELDS.contains(field)) {
                    other[0] = true;
                }
                return true;
            }
        });
        return !other[0];
    }

    /** A search's best {@code wanted} hits, its exact total and (if asked for) its facet counts, else null. */
    record Collected(TopDocs top, long total, Map<FacetDimension, Map<Long, Long>> facets) {}

    /**
     * Two passes for an unfiltered search by relevance for one word or phrase, one pass otherwise. The page needs only the best hits by
     * score, so Lucene may skip documents that cannot reach it (block-max WAND, a small total-hits threshold); the
     * exact total and the facets need every match but not its score, so they come from a second pass that scores
     * nothing. On the million-item index that halves a single word's search (~23 to ~12 ms, one thread); with a
     * committee or year filter the skipping pass is slower than collecting every match (the filter, not the words,
     * should lead), and a sort by date scores nothing anyway, so those collect page, total and facets in one pass
     * (docs/performance-search.md, session 6).
     */
    static Collected collect(
            IndexSearcher searcher, Query query, Sort sort, int wanted, boolean facets, boolean twoPasses)
            throws IOException {
        if (twoPasses) {
            return twoPasses(searcher, query, sort, wanted, facets);
        }
        var page = new TopFieldCollectorManager(sort, wanted, null, Integer.MAX_VALUE);
        if (facets) {
            Object[] both = searcher.search(query, new MultiCollectorManager(page, FacetCounter.manager()));
            TopDocs top = (TopDocs) both[0];
            @SuppressWarnings("unchecked")
            Map<FacetDimension, Map<Long, Long>> counted = (Map<FacetDimension, Map<Long, Long>>) both[1];
            return new Collected(top, top.totalHits.value, counted);
        }
        TopDocs top = searcher.search(query, page);
        return new Collected(top, top.totalHits.value, null);
    }

    /**
     * Whether the words are one word or one phrase (no operator, no second word or phrase): only then does the
     * skipping pass pay (the word's fields form a disjunction, a phrase's positions need not be checked for documents
     * that cannot reach the page); for several words (a conjunction) it skipped little and the second pass made the
     * search slower (measured, docs/performance-search.md, session 6).
     */
    static boolean oneWordOrPhrase(String text) {
        String words = text.strip();
        if (words.length() > 2 && words.startsWith("\"") && words.endsWith("\"")) {
            String phrase = words.substring(1, words.length() - 1);
            return !phrase.isBlank() && phrase.indexOf('"') < 0;
        }
        return !words.isEmpty()
                && words.chars().noneMatch(c -> Character.isWhitespace(c) || "\"+|-*()~".indexOf(c) >= 0);
    }

    /** Whether the search is by relevance without filters: the searches that match a large part of the index. */
    static boolean unfilteredByRelevance(SearchQuery query) {
        return query.sort() != SearchQuery.Sort.DATE
                && query.committeeId() == null
                && query.year() == null
                && query.type() == null
                && query.outcome() == null
                && query.caseNumber() == null;
    }

    static Collected twoPasses(IndexSearcher searcher, Query query, Sort sort, int wanted, boolean facets)
            throws IOException {
        TopDocs top = searcher.search(query, new TopFieldCollectorManager(sort, wanted, null, wanted));
        if (facets) {
            FacetCounter.Counted counted =
                    searcher.search(new ConstantScoreQuery(query), FacetCounter.countingManager());
            return new Collected(top, counted.matches(), counted.counts());
        }
        return new Collected(top, searcher.count(query), null);
    }

    private Analyzer analyzer() {
        Analyzer current = analyzer;
        if (current == null) {
            current = Search.mapping(entityManagerFactory)
                    .backend()
                    .unwrap(LuceneBackend.class)
                    .analyzer(DanishAnalyzers.QUERY)
                    .orElseThrow(() -> new IllegalStateException("No analyzer " + DanishAnalyzers.QUERY));
            analyzer = current;
        }
        return current;
    }

    private static final dk.punkt.search.SearchResult.Facets EMPTY_FACETS =
            new dk.punkt.search.SearchResult.Facets(List.of(), List.of(), List.of(), List.of(), List.of());

    /**
     * A hit as the searcher may see it. The snippet comes from the restricted text (closed appendices, a decision
     * not yet approved) when the searcher may see it and it matches, else from the open text unless the item is
     * closed to the searcher, else there is none (a closed item then shows only its public title).
     */
    private static dk.punkt.search.SearchResult.Hit hit(
            IndexReader reader,
            PageFields storedFields,
            int doc,
            Set<String> fields,
            SearchAccess access,
            Highlighter marker,
            boolean closedText)
            throws IOException {
        Document stored = storedFields.document(doc, fields);
        long committeeId = stored.getField("committeeId").numericValue().longValue();
        boolean closed = stored.getField("closed").numericValue().intValue() != 0;
        String snippet = null;
        if (closedText && access.sees(committeeId)) {
            snippet = marker.snippet(stored.get("restrictedText"), SNIPPET);
        }
        if (marker != null && snippet == null && (!closed || access.sees(committeeId))) {
            String open = stored.get("openText");
            snippet = marker.snippet(open, SNIPPET);
            if (snippet == null) {
                snippet = Highlighter.opening(open, SNIPPET);
            }
        }
        String title = stored.get("title");
        return new dk.punkt.search.SearchResult.Hit(
                itemId(reader, doc),
                stored.getField("meetingId").numericValue().longValue(),
                committeeId,
                stored.get("committeeName"),
                LocalDate.parse(stored.get("meetingDate")),
                stored.getField("number").numericValue().intValue(),
                title,
                Html.escape(title),
                stored.get("caseNumber"),
                closed,
                snippet);
    }

    /** The stored fields of a page's hits, through one stored-fields reader per segment that has any. */
    private static final class PageFields {

        private final List<LeafReaderContext> leaves;
        private final StoredFields[] readers;

        PageFields(List<LeafReaderContext> leaves) {
            this.leaves = leaves;
            this.readers = new StoredFields[leaves.size()];
        }

        Document document(int doc, Set<String> fields) throws IOException {
            int leaf = ReaderUtil.subIndex(doc, leaves);
            if (readers[leaf] == null) {
                readers[leaf] = leaves.get(leaf).reader().storedFields();
            }
            return readers[leaf].document(doc - leaves.get(leaf).docBase, fields);
        }
    }

    /** The entity id, which Hibernate Search keeps as text in binary doc values rather than as a stored field. */
    private static long itemId(IndexReader reader, int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues ids = DocValues.getBinary(leaf.reader(), ID_FIELD);
        if (!ids.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("Document " + doc + " has no id");
        }
        return Long.parseLong(ids.binaryValue().utf8ToString());
    }

    private static Set<String> with(Set<String> fields, String... more) {
        Set<String> all = new java.util.HashSet<>(fields);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }

    /**
     * The facets of a search from the counts per value of each dimension: committees by count (at most 200), years
     * newest first (of the 200 most frequent), types and outcomes by count, KLE groups by count (at most 100).
     */
    public dk.punkt.search.SearchResult.Facets facets(Map<FacetDimension, Map<Long, Long>> counts) {
        Map<Long, Long> committees = largestFirst(counts.get(FacetDimension.COMMITTEE), MAX_COMMITTEES);
        Map<Long, String> names = committeeNames.of(committees.keySet());
        ItemType[] types = ItemType.values();
        Outcome[] outcomes = Outcome.values();
        return new dk.punkt.search.SearchResult.Facets(
                values(committees, String::valueOf, id -> names.getOrDefault(id, "#" + id)),
                values(largestFirst(counts.get(FacetDimension.YEAR), MAX_YEARS), String::valueOf, String::valueOf)
                        .stream()
                        .sorted(Comparator.comparing(dk.punkt.search.SearchResult.FacetValue::key)
                                .reversed())
                        .toList(),
                values(
                        largestFirst(known(counts.get(FacetDimension.TYPE), types.length), types.length),
                        ordinal -> types[ordinal.intValue()].name(),
                        ordinal -> types[ordinal.intValue()].label()),
                values(
                        largestFirst(known(counts.get(FacetDimension.OUTCOME), outcomes.length), outcomes.length),
                        ordinal -> outcomes[ordinal.intValue()].name(),
                        ordinal -> outcomes[ordinal.intValue()].label()),
                values(
                        largestFirst(counts.get(FacetDimension.CASE_GROUP), MAX_CASE_GROUPS),
                        SearchQueries::caseGroup,
                        SearchQueries::caseGroup));
    }

    /**
     * The KLE group's label of a facet code ("13.02" of 1302), made once per code: {@code String.format} for up to 100
     * groups, twice each, was most of the facet lists' cost per search.
     */
    static String caseGroup(Long code) {
        if (code < 0 || code >= CASE_GROUP_LABELS.length) {
            return SearchEntry.kleGroupOfCode(code.intValue());
        }
        int slot = code.intValue();
        String label = CASE_GROUP_LABELS[slot];
        if (label == null) {
            // A race only makes the same string twice.
            label = SearchEntry.kleGroupOfCode(slot);
            CASE_GROUP_LABELS[slot] = label;
        }
        return label;
    }

    private static final String[] CASE_GROUP_LABELS = new String[FacetKey.CASE_GROUP_VALUES];

    /** The {@code limit} values with the largest counts, largest first, equal counts by value. */
    static Map<Long, Long> largestFirst(Map<Long, Long> counts, int limit) {
        Map<Long, Long> first = new java.util.LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .forEach(e -> first.put(e.getKey(), e.getValue()));
        return first;
    }

    /** Enum ordinals this version knows (an index written by another version may hold others until a reindex). */
    private static Map<Long, Long> known(Map<Long, Long> counts, int size) {
        Map<Long, Long> known = new java.util.HashMap<>();
        counts.forEach((ordinal, count) -> {
            if (ordinal < size) {
                known.put(ordinal, count);
            }
        });
        return known;
    }

    private static <K> List<dk.punkt.search.SearchResult.FacetValue> values(
            Map<K, Long> counts, Function<K, String> key, Function<K, String> label) {
        return counts.entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .map(entry -> new dk.punkt.search.SearchResult.FacetValue(
                        key.apply(entry.getKey()), label.apply(entry.getKey()), entry.getValue()))
                .toList();
    }
}
