package dk.punkt.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.punkt.items.ItemType;
import dk.punkt.minutes.Outcome;
import dk.punkt.search.SearchQuery;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The page from a pass that may skip documents (small total-hits threshold) and the total and facets from a pass that
 * scores nothing give what one pass over every scored match gives: the same best hits in the same order, the exact
 * total and the same counts, on one thread and on two slices.
 */
class TwoPassSearchTest {

    private static final Sort BY_RELEVANCE =
            new Sort(SortField.FIELD_SCORE, new SortedNumericSortField("meetingDate", SortField.Type.LONG, true));

    @Test
    void pageTotalAndFacetsAreThoseOfOneCompletePass() throws Exception {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer =
                    new IndexWriter(directory, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
                for (int i = 0; i < 6_000; i++) {
                    // scores that differ (term frequency, text length) and many that match
                    String text = "budget ".repeat(1 + i % 7 * (i % 3)) + "tekst ".repeat(i % 11)
                            + (i % 4 == 0 ? "seminar " : "") + "ord" + i;
                    Document document = new Document();
                    document.add(new TextField("text", text, Field.Store.NO));
                    document.add(new SortedNumericDocValuesField("meetingDate", 20_000 + i % 365));
                    document.add(new SortedNumericDocValuesField(
                            FacetKey.FIELD,
                            FacetKey.of(
                                    100 + i % 60,
                                    2007 + i % 20,
                                    ItemType.values()[i % ItemType.values().length],
                                    Outcome.values()[i % Outcome.values().length],
                                    i % 97)));
                    writer.addDocument(document);
                    if (i % 900 == 899) {
                        writer.commit(); // several segments
                    }
                }
            }
            ExecutorService executor = Executors.newSingleThreadExecutor();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves()).hasSizeGreaterThan(2);
                Query[] queries = {
                    new TermQuery(new Term("text", "budget")),
                    new BooleanQuery.Builder()
                            .add(new TermQuery(new Term("text", "budget")), Occur.SHOULD)
                            .add(new TermQuery(new Term("text", "seminar")), Occur.SHOULD)
                            .build(),
                    new BooleanQuery.Builder()
                            .add(new TermQuery(new Term("text", "tekst")), Occur.MUST)
                            .add(new TermQuery(new Term("text", "budget")), Occur.SHOULD)
                            .build()
                };
                for (IndexSearcher searcher :
                        new IndexSearcher[] {new IndexSearcher(reader), new SlicedSearcher(reader, executor, 2)}) {
                    for (Query query : queries) {
                        for (int wanted : new int[] {20, 40}) {
                            assertSameAsOnePass(searcher, query, wanted);
                        }
                    }
                }
            } finally {
                executor.shutdown();
            }
        }
    }

    @Test
    void onlyUnfilteredSearchesByRelevanceTakeTwoPasses() {
        assertThat(SearchQueries.unfilteredByRelevance(search(null, null, null, SearchQuery.Sort.RELEVANCE)))
                .isTrue();
        assertThat(SearchQueries.unfilteredByRelevance(search(null, null, null, SearchQuery.Sort.DATE)))
                .isFalse();
        assertThat(SearchQueries.unfilteredByRelevance(search(107L, null, null, SearchQuery.Sort.RELEVANCE)))
                .isFalse();
        assertThat(SearchQueries.unfilteredByRelevance(search(null, 2019, null, SearchQuery.Sort.RELEVANCE)))
                .isFalse();
        assertThat(SearchQueries.unfilteredByRelevance(search(null, null, "00.01", SearchQuery.Sort.RELEVANCE)))
                .isFalse();
    }

    @Test
    void onlyOneWordOrOnePhraseTakesTwoPasses() {
        assertThat(SearchQueries.oneWordOrPhrase("budget")).isTrue();
        assertThat(SearchQueries.oneWordOrPhrase(" budgetforslag ")).isTrue();
        assertThat(SearchQueries.oneWordOrPhrase("økonomi")).isTrue();
        assertThat(SearchQueries.oneWordOrPhrase("\"nye medarbejdere\"")).isTrue();
        assertThat(SearchQueries.oneWordOrPhrase("budget seminar")).isFalse();
        assertThat(SearchQueries.oneWordOrPhrase("\"nye\" \"medarbejdere\"")).isFalse();
        assertThat(SearchQueries.oneWordOrPhrase("\"\"")).isFalse();
        assertThat(SearchQueries.oneWordOrPhrase("budget*")).isFalse();
        assertThat(SearchQueries.oneWordOrPhrase("-budget")).isFalse();
        assertThat(SearchQueries.oneWordOrPhrase("")).isFalse();
    }

    private static SearchQuery search(Long committee, Integer year, String caseNumber, SearchQuery.Sort sort) {
        return new SearchQuery("budget", committee, year, null, null, caseNumber, sort, 1);
    }

    private static void assertSameAsOnePass(IndexSearcher searcher, Query query, int wanted) throws Exception {
        Object[] both = searcher.search(
                query,
                new MultiCollectorManager(
                        new TopFieldCollectorManager(BY_RELEVANCE, wanted, null, Integer.MAX_VALUE),
                        FacetCounter.manager()));
        TopDocs complete = (TopDocs) both[0];
        @SuppressWarnings("unchecked")
        Map<FacetDimension, Map<Long, Long>> facets = (Map<FacetDimension, Map<Long, Long>>) both[1];

        SearchQueries.Collected two = SearchQueries.collect(searcher, query, BY_RELEVANCE, wanted, true, true);
        SearchQueries.Collected one = SearchQueries.collect(searcher, query, BY_RELEVANCE, wanted, true, false);
        SearchQueries.Collected withoutFacets =
                SearchQueries.collect(searcher, query, BY_RELEVANCE, wanted, false, true);

        assertThat(complete.totalHits.value).isGreaterThan(10L * wanted);
        assertThat(two.total()).isEqualTo(complete.totalHits.value);
        assertThat(withoutFacets.total()).isEqualTo(complete.totalHits.value);
        assertThat(two.facets()).isEqualTo(facets);
        assertThat(withoutFacets.facets()).isNull();
        assertThat(docs(two.top())).containsExactly(docs(complete));
        assertThat(docs(withoutFacets.top())).containsExactly(docs(complete));
        assertThat(one.total()).isEqualTo(complete.totalHits.value);
        assertThat(one.facets()).isEqualTo(facets);
        assertThat(docs(one.top())).containsExactly(docs(complete));
    }

    private static int[] docs(TopDocs top) {
        return Arrays.stream(top.scoreDocs).mapToInt((ScoreDoc hit) -> hit.doc).toArray();
    }
}
