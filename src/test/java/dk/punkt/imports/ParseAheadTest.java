package dk.punkt.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class ParseAheadTest {

    @Test
    void theWriterParsesItselfWhatTheOtherThreadHasNotStarted() {
        AtomicIntegerArray parses = new AtomicIntegerArray(4);
        // An executor that never runs the task: the writer must parse every file itself.
        ParseAhead ahead = new ParseAhead(
                4,
                List.of(0, 2, 3),
                i -> {
                    parses.incrementAndGet(i);
                    return "file " + i;
                },
                task -> {});

        assertThat(ahead.get(0)).isEqualTo("file 0");
        assertThat(ahead.get(2)).isEqualTo("file 2");
        assertThat(ahead.get(3)).isEqualTo("file 3");
        assertThat(parses.toString()).isEqualTo("[1, 0, 1, 1]");
    }

    @Test
    void everyFileIsParsedOnceWhenBothThreadsRace() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            for (int round = 0; round < 200; round++) {
                int files = 50;
                AtomicIntegerArray parses = new AtomicIntegerArray(files);
                List<Integer> order =
                        java.util.stream.IntStream.range(0, files).boxed().toList();
                ParseAhead ahead = new ParseAhead(
                        files,
                        order,
                        i -> {
                            parses.incrementAndGet(i);
                            return i * 10;
                        },
                        executor);
                for (int i = 0; i < files; i++) {
                    assertThat(ahead.get(i)).isEqualTo(i * 10);
                }
                CountDownLatch drained = new CountDownLatch(1);
                executor.execute(drained::countDown);
                drained.await();
                for (int i = 0; i < files; i++) {
                    assertThat(parses.get(i)).as("parses of file %d", i).isEqualTo(1);
                }
            }
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void whatParsingThrowsReachesTheWriter() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            ParseAhead ahead = new ParseAhead(
                    2,
                    List.of(0, 1),
                    i -> {
                        if (i == 1) {
                            throw new IllegalStateException("broken file " + i);
                        }
                        return "ok";
                    },
                    executor);

            assertThat(ahead.get(0)).isEqualTo("ok");
            assertThatThrownBy(() -> ahead.get(1))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("broken file 1");
        } finally {
            executor.shutdownNow();
        }
    }
}
