package dk.punkt.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Filters wrapped so that they may lead the search match and score exactly as the plain filter clauses. */
class LeadingFilterTest {

    @Test
    void sameHitsScoresAndTotalsAsPlainFiltersCachedOrNot() throws Exception {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            SplittableRandom random = new SplittableRandom(7);
            String[] words = {"budget", "seminar", "ledelse", "kvalitet"};
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setMaxBufferedDocs(3_000))) {
                for (int i = 0; i < 12_000; i++) {
                    Document document = new Document();
                    StringBuilder text = new StringBuilder();
                    for (int j = random.nextInt(1, 6); j > 0; j--) {
                        text.append(words[random.nextInt(words.length)]).append(' ');
                    }
                    document.add(new TextField("openText", text.toString(), Field.Store.NO));
                    document.add(new LongPoint("committeeId", 100 + random.nextInt(20)));
                    document.add(new IntPoint("year", 2010 + random.nextInt(10)));
                    writer.addDocument(document);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves()).hasSizeGreaterThan(1);
                LRUQueryCache cache = new LRUQueryCache(100, 1 << 24, leaf -> true, Float.POSITIVE_INFINITY);
                QueryCachingPolicy always = new QueryCachingPolicy() {
                    @Override
                    public void onUse(Query query) {}

                    @Override
                    public boolean shouldCache(Query query) {
                        return true;
                    }
                };
                IndexSearcher cached = new IndexSearcher(reader);
                cached.setQueryCache(cache);
                cached.setQueryCachingPolicy(always);
                IndexSearcher uncached = new IndexSearcher(reader);
                uncached.setQueryCache(null);
                for (String word : words) {
                    for (long committee = 100; committee < 104; committee++) {
                        Query committeeFilter = LongPoint.newExactQuery("committeeId", committee);
                        Query yearFilter = IntPoint.newExactQuery("year", 2015);
                        Query plain = new BooleanQuery.Builder()
                                .add(new TermQuery(new Term("openText", word)), Occur.MUST)
                                .add(committeeFilter, Occur.FILTER)
                                .add(yearFilter, Occur.FILTER)
                                .build();
                        Query leading = new BooleanQuery.Builder()
                                .add(new TermQuery(new Term("openText", word)), Occur.MUST)
                                .add(
                                        new LeadingFilter(new BooleanQuery.Builder()
                                                .add(committeeFilter, Occur.FILTER)
                                                .add(yearFilter, Occur.FILTER)
                                                .build()),
                                        Occur.FILTER)
                                .build();
                        TopDocs expected = uncached.search(plain, 50);
                        assertThat(expected.totalHits.value).isPositive();
                        for (int run = 0; run < 3; run++) {
                            for (IndexSearcher searcher : new IndexSearcher[] {uncached, cached}) {
                                TopDocs actual = searcher.search(leading, 50);
                                assertThat(actual.totalHits).isEqualTo(expected.totalHits);
                                assertThat(Arrays.stream(actual.scoreDocs)
                                                .map(hit -> hit.doc + ":" + hit.score)
                                                .toList())
                                        .isEqualTo(Arrays.stream(expected.scoreDocs)
                                                .map(hit -> hit.doc + ":" + hit.score)
                                                .toList());
                                assertThat(searcher.count(leading)).isEqualTo(searcher.count(plain));
                            }
                        }
                    }
                }
                // the filters were cached (the wrapper itself never is)
                assertThat(cache.getCacheCount()).isPositive();
                assertThat(SearchQueries.onlyFilterFields(new LeadingFilter(IntPoint.newExactQuery("year", 2015))))
                        .isTrue();
            }
        }
    }
}
