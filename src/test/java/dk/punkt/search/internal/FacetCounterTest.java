package dk.punkt.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.punkt.items.ItemType;
import dk.punkt.minutes.Outcome;
import dk.punkt.search.internal.FacetCodes.Dimension;
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
    void countsEveryCodeOfTheMatchingDocumentsLargestFirst() throws Exception {
        Map<Long, Long> expected = new HashMap<>();
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
                        expected.merge(FacetCodes.code(Dimension.COMMITTEE, committee), 1L, Long::sum);
                        expected.merge(FacetCodes.code(Dimension.YEAR, year), 1L, Long::sum);
                        if (type != null) {
                            expected.merge(FacetCodes.code(Dimension.TYPE, type.ordinal()), 1L, Long::sum);
                        }
                        if (outcome != null) {
                            expected.merge(FacetCodes.code(Dimension.OUTCOME, outcome.ordinal()), 1L, Long::sum);
                        }
                        if (kle != null) {
                            expected.merge(FacetCodes.code(Dimension.CASE_GROUP, kle), 1L, Long::sum);
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
                Map<Long, Long> counts = new IndexSearcher(reader).search(matching, FacetCounter.manager());
                assertThat(counts).isEqualTo(expected);
                assertThat(counts.keySet())
                        .contains(
                                FacetCodes.code(Dimension.COMMITTEE, 5_000), FacetCodes.code(Dimension.CASE_GROUP, 0));
                List<Long> values = List.copyOf(counts.values());
                for (int i = 1; i < values.size(); i++) {
                    assertThat(values.get(i)).isLessThanOrEqualTo(values.get(i - 1));
                }
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
}
