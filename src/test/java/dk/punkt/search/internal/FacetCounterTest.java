package dk.punkt.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.punkt.items.ItemType;
import dk.punkt.minutes.Outcome;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class FacetCounterTest {

    @Test
    void countsEveryValueOfTheMatchingDocumentsPerDimension() throws Exception {
        Map<FacetDimension, Map<Long, Long>> expected = new EnumMap<>(FacetDimension.class);
        for (FacetDimension dimension : FacetDimension.values()) {
            expected.put(dimension, new HashMap<>());
        }
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                for (int i = 0; i < 3_000; i++) {
                    // committee ids past the dense range, KLE groups, entries without type or outcome
                    long committee = i % 7 == 0 ? 5_000 + i % 3 : 100 + i % 40;
                    Integer kle = i % 5 == 0 ? null : (i % 97) * 100 + i % 13;
                    ItemType type = i % 4 == 0 ? null : ItemType.values()[i % ItemType.values().length];
                    Outcome outcome = i % 3 == 0 ? null : Outcome.values()[i % Outcome.values().length];
                    int year = 2007 + i % 20;
                    boolean matches = i % 2 == 0;
                    Document document = new Document();
                    document.add(new StringField("match", matches ? "yes" : "no", Field.Store.NO));
                    document.add(new SortedNumericDocValuesField(
                            FacetKey.FIELD, FacetKey.of(committee, year, type, outcome, kle)));
                    if (matches) {
                        expected.get(FacetDimension.COMMITTEE).merge(committee, 1L, Long::sum);
                        expected.get(FacetDimension.YEAR).merge((long) year, 1L, Long::sum);
                        if (type != null) {
                            expected.get(FacetDimension.TYPE).merge((long) type.ordinal(), 1L, Long::sum);
                        }
                        if (outcome != null) {
                            expected.get(FacetDimension.OUTCOME).merge((long) outcome.ordinal(), 1L, Long::sum);
                        }
                        if (kle != null) {
                            expected.get(FacetDimension.CASE_GROUP).merge((long) kle, 1L, Long::sum);
                        }
                    }
                    writer.addDocument(document);
                    if (i % 700 == 0) {
                        writer.commit(); // several segments
                    }
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                TermQuery matching = new TermQuery(new Term("match", "yes"));
                Map<FacetDimension, Map<Long, Long>> counts =
                        new IndexSearcher(reader).search(matching, FacetCounter.manager());
                assertThat(counts).isEqualTo(expected);
                assertThat(counts.get(FacetDimension.COMMITTEE)).containsKey(5_000L);
                assertThat(counts.get(FacetDimension.CASE_GROUP)).containsKey(0L);
                ExecutorService executor = Executors.newFixedThreadPool(2);
                try {
                    // one slice per segment, so several counters are merged
                    IndexSearcher sliced = new IndexSearcher(reader, executor) {
                        @Override
                        protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                            return slices(leaves, 1, 1);
                        }
                    };
                    assertThat(sliced.getSlices()).hasSizeGreaterThan(1);
                    assertThat(sliced.search(matching, FacetCounter.manager())).isEqualTo(expected);
                } finally {
                    executor.shutdown();
                }
            }
        }
    }

    @Test
    void facetValuesAreListedLargestCountFirstEqualCountsByValueUpToTheLimit() {
        Map<Long, Long> counts = Map.of(7L, 3L, 2L, 9L, 5L, 3L, 1L, 1L, 9L, 4L);

        Map<Long, Long> listed = SearchQueries.largestFirst(counts, 4);

        assertThat(List.copyOf(listed.keySet())).containsExactly(2L, 9L, 5L, 7L);
        assertThat(List.copyOf(listed.values())).containsExactly(9L, 4L, 3L, 3L);
        assertThat(SearchQueries.largestFirst(counts, 10)).hasSize(5);
    }
}
