package dk.punkt.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The counting pass scores nothing, so Lucene's query cache could keep a whole search: it may keep only filters. */
class QueryCachingTest {

    @Test
    void onlyQueriesOnFilterFieldsCount() {
        assertThat(SearchQueries.onlyFilterFields(IntPoint.newExactQuery("closed", 0)))
                .isTrue();
        assertThat(SearchQueries.onlyFilterFields(new BooleanQuery.Builder()
                        .add(IntPoint.newExactQuery("year", 2024), Occur.FILTER)
                        .add(new TermQuery(new Term("type", "CASE")), Occur.FILTER)
                        .build()))
                .isTrue();
        assertThat(SearchQueries.onlyFilterFields(new TermQuery(new Term("openText", "budget"))))
                .isFalse();
        assertThat(SearchQueries.onlyFilterFields(new PhraseQuery("title", "nye", "medarbejder")))
                .isFalse();
        assertThat(SearchQueries.onlyFilterFields(new BooleanQuery.Builder()
                        .add(new TermQuery(new Term("openText", "budget")), Occur.MUST)
                        .add(IntPoint.newExactQuery("closed", 0), Occur.FILTER)
                        .build()))
                .isFalse();
    }

    @Test
    void repeatedSearchesCacheTheirFiltersButNeverTheirWords() throws Exception {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                for (int i = 0; i < 2_000; i++) {
                    Document document = new Document();
                    document.add(new TextField("openText", i % 3 == 0 ? "budget" : "seminar", Field.Store.NO));
                    document.add(new IntPoint("closed", i % 10 == 0 ? 1 : 0));
                    document.add(
                            new SortedNumericDocValuesField(FacetKey.FIELD, FacetKey.of(100, 2024, null, null, null)));
                    writer.addDocument(document);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                Query words = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term("openText", "budget")), Occur.SHOULD)
                        .add(new PhraseQuery("openText", "budget", "seminar"), Occur.SHOULD)
                        .build();
                Query search = new BooleanQuery.Builder()
                        .add(words, Occur.MUST)
                        .add(IntPoint.newExactQuery("closed", 0), Occur.FILTER)
                        .build();
                LRUQueryCache cache = new LRUQueryCache(100, 1 << 20, leaf -> true, Float.POSITIVE_INFINITY);
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setQueryCache(cache);
                searcher.setQueryCachingPolicy(SearchQueries.FILTERS_ONLY);
                for (int i = 0; i < 20; i++) {
                    SearchQueries.Collected found = SearchQueries.twoPasses(searcher, search, Sort.RELEVANCE, 20, true);
                    assertThat(found.total()).isEqualTo(600);
                }
                // the closed filter, once per segment; not the words nor the whole search
                assertThat(cache.getCacheCount()).isEqualTo(reader.leaves().size());
            }
        }
    }
}
