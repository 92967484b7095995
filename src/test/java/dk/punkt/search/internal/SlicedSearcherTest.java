package dk.punkt.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSearcher.LeafSlice;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class SlicedSearcherTest {

    @Test
    void segmentsAreSplitIntoSlicesOfAboutEqualSizeAndEveryHitIsCounted() throws Exception {
        int[] segments = {7_000, 1_000, 2_500, 2_000, 1_500, 500};
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer =
                    new IndexWriter(directory, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
                int id = 0;
                for (int size : segments) {
                    for (int i = 0; i < size; i++, id++) {
                        Document document = new Document();
                        document.add(new StringField("even", id % 2 == 0 ? "yes" : "no", Field.Store.NO));
                        writer.addDocument(document);
                    }
                    writer.commit();
                }
            }
            ExecutorService executor = Executors.newSingleThreadExecutor();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves()).hasSize(segments.length);
                IndexSearcher searcher = new SlicedSearcher(reader, executor, 2);
                LeafSlice[] slices = searcher.getSlices();
                assertThat(slices).hasSize(2);
                int[] sizes = Arrays.stream(slices)
                        .mapToInt(slice -> Arrays.stream(slice.leaves)
                                .mapToInt(leaf -> leaf.reader().maxDoc())
                                .sum())
                        .sorted()
                        .toArray();
                assertThat(sizes).containsExactly(7_000, 7_500);
                assertThat(searcher.count(new TermQuery(new Term("even", "yes"))))
                        .isEqualTo(7_250);
                assertThat(SlicedSearcher.balanced(reader.leaves(), 10)).hasSize(segments.length);
                assertThat(SlicedSearcher.balanced(reader.leaves(), 1)).hasSize(1);
            } finally {
                executor.shutdown();
            }
        }
    }
}
