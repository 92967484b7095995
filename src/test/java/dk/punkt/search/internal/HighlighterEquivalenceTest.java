package dk.punkt.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The snippets of {@link Highlighter} are exactly those of the highlighter before session 7
 * ({@link ReferenceHighlighter}) for the corpus: every word of the corpus minutes (and a prefix of each longer one)
 * searched in every paragraph, in long texts made of several paragraphs, and with two words at once.
 */
class HighlighterEquivalenceTest {

    @Test
    void snippetsAreThoseOfTheReferenceForEveryCorpusWordInEveryParagraph() throws IOException {
        List<String> paragraphs = paragraphs();
        List<String> queries = new ArrayList<>(words(paragraphs));
        List<String> texts = new ArrayList<>(paragraphs);
        for (int i = 0; i + 6 < paragraphs.size(); i += 7) {
            texts.add(String.join("\n\n", paragraphs.subList(i, i + 7)));
        }
        texts.add("Tal & <b>budget</b> \"tal\" 'og' Økonomiudvalgets budgetforslag, ØKONOMI og oekonomi; æble-ål");
        List<String> more = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            String word = queries.get(i);
            if (word.length() >= 5 && i % 3 == 0) {
                more.add(word.substring(0, 4) + "*");
            }
            if (i % 5 == 0 && i + 1 < queries.size()) {
                more.add(word + " " + queries.get(i + 1));
                more.add("\"" + word + " " + queries.get(i + 1) + "\" -" + queries.get((i * 7) % queries.size()));
            }
        }
        queries.addAll(more);
        queries.addAll(List.of("budget", "forslag", "registrering", "oekonomi", "aeble", "tal", "og", "b"));

        int compared = 0;
        int found = 0;
        for (String query : queries) {
            Highlighter now = Highlighter.of(query);
            ReferenceHighlighter before = ReferenceHighlighter.of(query);
            for (String text : texts) {
                String snippet = now.snippet(text, 200);
                assertThat(snippet).as("%s in %s", query, text).isEqualTo(before.snippet(text, 200));
                compared++;
                if (snippet != null) {
                    found++;
                }
            }
        }
        for (String text : texts) {
            assertThat(Highlighter.opening(text, 200)).isEqualTo(ReferenceHighlighter.opening(text, 200));
        }
        assertThat(compared).isGreaterThan(100_000);
        assertThat(found).isGreaterThan(compared / 50);
    }

    private static List<String> paragraphs() throws IOException {
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/demo/corpus"))) {
            for (Path file : files.sorted().toList()) {
                for (String paragraph :
                        Files.readString(file, StandardCharsets.UTF_8).split("\\n\\s*\\n")) {
                    if (!paragraph.isBlank()) {
                        paragraphs.add(paragraph.strip());
                    }
                }
            }
        }
        return paragraphs;
    }

    private static Set<String> words(List<String> paragraphs) {
        Set<String> words = new LinkedHashSet<>();
        for (String paragraph : paragraphs) {
            for (String word : paragraph.split("[^\\p{L}\\p{N}]+")) {
                if (word.length() >= 2) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }
}
