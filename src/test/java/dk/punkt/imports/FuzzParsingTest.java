package dk.punkt.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dk.punkt.publishing.MeetingDocument;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutated corpus files and random bytes (fixed seed, reproducible): each gives a complete document or one clear
 * {@link ImportException}; never another exception.
 */
class FuzzParsingTest {

    private static final int CASES = 600;

    private final MinutesTextParser parser = new MinutesTextParser();

    @Test
    void mutatedFilesGiveADocumentOrAClearError() {
        Random random = new Random(20240606L);
        int documents = 0;
        int errors = 0;
        for (int n = 0; n < CASES; n++) {
            String corpus = CorpusFiles.NAMES.get(random.nextInt(CorpusFiles.NAMES.size()));
            String mutation = Mutation.values()[random.nextInt(Mutation.values().length)].name();
            byte[] content = Mutation.valueOf(mutation).apply(CorpusFiles.bytes(corpus), random);
            String file = "case-" + n + "-" + mutation + "-" + corpus + ".txt";
            try {
                MeetingDocument document = parser.parse(file, content);
                assertComplete(document, file);
                documents++;
            } catch (ImportException e) {
                assertThat(e.getMessage()).as(file).startsWith(file + ": ").doesNotContain("\n");
                // The parser's safety net for unforeseen exceptions must not be what caught it.
                assertThat(e.getCause()).as(file + ": " + e.getMessage()).isNull();
                errors++;
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError(file + " threw " + e + " instead of an ImportException", e);
            }
        }
        // Both outcomes occur: the mutations are neither all harmless nor all fatal.
        assertThat(documents).isPositive();
        assertThat(errors).isPositive();
    }

    private static void assertComplete(MeetingDocument document, String file) {
        assertThat(document.committee()).as(file).isNotBlank();
        assertThat(document.date()).as(file).isNotNull();
        assertThat(document.items()).as(file).isNotEmpty();
        for (MeetingDocument.Item item : document.items()) {
            assertThat(item.title()).as(file).isNotBlank();
            assertThat(item.number()).as(file).isPositive();
            item.sections()
                    .forEach(section ->
                            assertThat(section.name()).as(file).isNotBlank().hasSizeLessThanOrEqualTo(100));
        }
    }

    enum Mutation {
        DELETE_LINES {
            @Override
            List<String> lines(List<String> lines, Random random) {
                for (int i = 1 + random.nextInt(6); i > 0 && !lines.isEmpty(); i--) {
                    lines.remove(random.nextInt(lines.size()));
                }
                return lines;
            }
        },
        DUPLICATE_LINES {
            @Override
            List<String> lines(List<String> lines, Random random) {
                for (int i = 1 + random.nextInt(6); i > 0 && !lines.isEmpty(); i--) {
                    int at = random.nextInt(lines.size());
                    lines.add(at, lines.get(at));
                }
                return lines;
            }
        },
        SWAP_LINES {
            @Override
            List<String> lines(List<String> lines, Random random) {
                for (int i = 1 + random.nextInt(4); i > 0 && lines.size() > 1; i--) {
                    java.util.Collections.swap(lines, random.nextInt(lines.size()), random.nextInt(lines.size()));
                }
                return lines;
            }
        },
        TRUNCATE {
            @Override
            byte[] apply(byte[] content, Random random) {
                return Arrays.copyOf(content, random.nextInt(content.length));
            }
        },
        OVERWRITE_BYTES {
            @Override
            byte[] apply(byte[] content, Random random) {
                byte[] copy = content.clone();
                for (int i = 1 + random.nextInt(20); i > 0; i--) {
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                }
                return copy;
            }
        },
        PRINTABLE_NOISE {
            @Override
            byte[] apply(byte[] content, Random random) {
                // Noise without control bytes, so it reaches the parser's structure rules.
                String text = new String(content, StandardCharsets.UTF_8);
                StringBuilder noisy = new StringBuilder(text);
                String alphabet = "#*-.:()\t 0123456789PunktBeslutning Indstilling at æøå–\n";
                for (int i = 1 + random.nextInt(40); i > 0; i--) {
                    noisy.insert(random.nextInt(noisy.length()), alphabet.charAt(random.nextInt(alphabet.length())));
                }
                return noisy.toString().getBytes(StandardCharsets.UTF_8);
            }
        },
        RANDOM_BYTES {
            @Override
            byte[] apply(byte[] content, Random random) {
                byte[] bytes = new byte[random.nextInt(4096)];
                random.nextBytes(bytes);
                return bytes;
            }
        };

        List<String> lines(List<String> lines, Random random) {
            return lines;
        }

        byte[] apply(byte[] content, Random random) {
            List<String> lines =
                    new ArrayList<>(Arrays.asList(new String(content, StandardCharsets.UTF_8).split("\n", -1)));
            return String.join("\n", lines(lines, random)).getBytes(StandardCharsets.UTF_8);
        }
    }
}
