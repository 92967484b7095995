package dk.punkt.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The Danish analysis on words from the Chefforum minutes: compounds, stemming, folding, and precision. */
class DanishAnalyzersTest {

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** Whether a query for {@code query} finds a text containing {@code text}: every query term is indexed. */
    private static boolean finds(String query, String text) {
        List<String> indexed = tokens(DanishAnalyzers.index(), text);
        List<String> asked = tokens(DanishAnalyzers.query(), query);
        return !asked.isEmpty() && indexed.containsAll(asked);
    }

    @Test
    void compoundPartsAreFoundInsideCorpusWords() {
        assertThat(finds("forslag", "budgetforslag")).isTrue();
        assertThat(finds("forslag", "budgetforslagene")).isTrue();
        assertThat(finds("registrering", "tidsregistreringen")).isTrue();
        assertThat(finds("registrering", "arbejdstidsregistrering")).isTrue();
        assertThat(finds("budget", "budgetforslag")).isTrue();
        assertThat(finds("samtaler", "udviklingssamtaler")).isTrue();
        assertThat(finds("tidsregistrering", "arbejdstidsregistreringen")).isTrue();
    }

    @Test
    void wholeWordsAndInflectionsStillMatch() {
        assertThat(finds("budgetforslag", "budgetforslaget")).isTrue();
        assertThat(finds("tidsregistreringen", "tidsregistrering")).isTrue();
        assertThat(finds("forslagene", "forslag")).isTrue();
        assertThat(finds("møder", "mødet")).isTrue();
    }

    @Test
    void aQueryForACompoundDoesNotMatchItsPartsAlone() {
        assertThat(finds("budgetforslag", "forslag til budget")).isFalse();
        assertThat(finds("tidsregistreringen", "registrering af tid")).isFalse();
    }

    @Test
    void shortFragmentsDoNotMatchInsideUnrelatedWords() {
        assertThat(finds("slag", "budgetforslag")).isFalse();
        assertThat(finds("tid", "tidsregistreringen")).isFalse();
        assertThat(finds("ring", "tidsregistreringen")).isFalse();
        assertThat(finds("lag", "forslag")).isFalse();
        assertThat(finds("get", "budget")).isFalse();
        assertThat(finds("sag", "personalesag")).isFalse();
        assertThat(finds("lever", "leverandør")).isFalse();
        assertThat(finds("gruppe", "styregruppemødet")).isTrue();
    }

    @Test
    void danishLettersAndTheirAsciiSpellingsMeet() {
        assertThat(finds("oekonomi", "økonomi")).isTrue();
        assertThat(finds("økonomi", "Oekonomi")).isTrue();
        assertThat(finds("Aasøe", "Marie Åsøe")).isTrue();
        assertThat(finds("beskaeftigelse", "Beskæftigelse")).isTrue();
    }

    @Test
    void stopWordsAreDropped() {
        assertThat(tokens(DanishAnalyzers.query(), "og i at det")).isEmpty();
    }

    @Test
    void theWordListIsShipped() {
        assertThat(DanishAnalyzers.partCount()).isGreaterThan(150);
    }

    /** The pruned splitter gives exactly what Lucene's DictionaryCompoundWordTokenFilter gives, on every corpus word. */
    @Test
    void thePrunedSplitterAgreesWithLucenesFilterOnTheCorpus() throws IOException {
        java.util.Set<String> words = new java.util.TreeSet<>();
        for (String file : List.of("chefforum-2019-10-24", "chefforum-2024-06-06", "chefforum-2025-02-12")) {
            try (var in = getClass().getResourceAsStream("/demo/corpus/" + file + ".txt")) {
                for (String word : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                        .toLowerCase(java.util.Locale.ROOT)
                        .split("[^\\p{L}]+")) {
                    words.add(word);
                }
            }
        }
        var parts = DanishAnalyzers.parts();
        var prefixes = PrefixPrunedCompoundFilter.prefixesOf(
                parts.stream().map(o -> new String((char[]) o)).toList());
        Analyzer lucene = analyzer(in -> new org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter(
                in, parts, DanishAnalyzers.MIN_WORD, DanishAnalyzers.MIN_PART, DanishAnalyzers.MAX_PART, true));
        Analyzer pruned = analyzer(in -> new PrefixPrunedCompoundFilter(
                in, parts, prefixes, DanishAnalyzers.MIN_WORD, DanishAnalyzers.MIN_PART, DanishAnalyzers.MAX_PART));
        assertThat(words).hasSizeGreaterThan(1000);
        for (String word : words) {
            assertThat(tokens(pruned, word)).as(word).isEqualTo(tokens(lucene, word));
        }
    }

    private static Analyzer analyzer(java.util.function.Function<TokenStream, TokenStream> filter) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var source = new org.apache.lucene.analysis.core.WhitespaceTokenizer();
                return new TokenStreamComponents(source, filter.apply(source));
            }
        };
    }
}
