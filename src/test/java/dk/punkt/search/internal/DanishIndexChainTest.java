package dk.punkt.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.tartarus.snowball.ext.DanishStemmer;

/**
 * The index analyzer with {@link CompoundStemFoldFilter} (session 7) produces exactly the tokens of the chain before it
 * (compound filter, Snowball stemmer, folding as three filters), which an existing index was built with: term,
 * position increment and length, offsets and type of every token, and the final offset and position increment.
 */
class DanishIndexChainTest {

    private static final List<String> CORPUS =
            List.of("chefforum-2019-10-24", "chefforum-2024-06-06", "chefforum-2025-02-12");

    /** The index chain as it was until session 6, kept here as the reference. */
    private static Analyzer separateFilters() {
        return afterStopWords(stream -> {
            TokenStream result = new PrefixPrunedCompoundFilter(
                    stream,
                    DanishAnalyzers.parts(),
                    DanishAnalyzers.prefixes(),
                    DanishAnalyzers.MIN_WORD,
                    DanishAnalyzers.MIN_PART,
                    DanishAnalyzers.MAX_PART);
            result = new SnowballFilter(result, new DanishStemmer());
            return new DanishAnalyzers.DanishFolding(result);
        });
    }

    /** The new chain with a cache of its own of {@code slots} slots (2: nearly every word evicts another). */
    private static Analyzer combined(int slots) {
        CompoundStemFoldFilter.Cache cache = new CompoundStemFoldFilter.Cache(slots);
        return afterStopWords(stream -> new CompoundStemFoldFilter(
                stream,
                cache,
                new CompoundStemFoldFilter.Terms(
                        DanishAnalyzers.parts(),
                        DanishAnalyzers.prefixes(),
                        DanishAnalyzers.MIN_WORD,
                        DanishAnalyzers.MIN_PART,
                        DanishAnalyzers.MAX_PART)));
    }

    /** Standard tokenizer, lower case, Danish stop words (both chains start so), then {@code rest}. */
    private static Analyzer afterStopWords(UnaryOperator<TokenStream> rest) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new StopFilter(new LowerCaseFilter(source), DanishAnalyzer.getDefaultStopSet());
                return new TokenStreamComponents(source, rest.apply(stream));
            }
        };
    }

    /** Every attribute the index writer reads, token by token, then the end state. */
    static List<String> stream(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("openText", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + " +" + increment.getPositionIncrement() + " /" + length.getPositionLength() + " "
                        + offset.startOffset() + "-" + offset.endOffset() + " " + type.type());
            }
            stream.end();
            tokens.add("end +" + increment.getPositionIncrement() + " " + offset.endOffset());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    static String corpus(String file) {
        try (InputStream in = DanishIndexChainTest.class.getResourceAsStream("/demo/corpus/" + file + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Text from the corpus's words in random order and case, with numbers, case numbers, punctuation, made-up long
     * words from Danish letters and words glued into compounds.
     */
    static String generated(long seed, int words) {
        List<String> vocabulary = new ArrayList<>();
        for (String file : CORPUS) {
            for (String word : corpus(file).split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty()) {
                    vocabulary.add(word);
                }
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        String letters = "abcdefghijklmnopqrstuvwxyzæøåéäöÆØÅ";
        String[] separators = {" ", " ", " ", ", ", ". ", "\n", "\n\n", " - ", "/", " (", ") ", ": "};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String word = switch (random.nextInt(20)) {
                case 0 ->
                    String.format(
                            Locale.ROOT,
                            "%02d.%02d.%02d-P%02d-%d-%02d",
                            random.nextInt(90),
                            random.nextInt(20),
                            random.nextInt(10),
                            random.nextInt(40),
                            random.nextInt(30),
                            random.nextInt(30));
                case 1 -> Integer.toString(random.nextInt(100_000));
                case 2 -> {
                    StringBuilder made = new StringBuilder();
                    for (int n = 1 + random.nextInt(30); n > 0; n--) {
                        made.append(letters.charAt(random.nextInt(letters.length())));
                    }
                    yield made.toString();
                }
                case 3 ->
                    vocabulary.get(random.nextInt(vocabulary.size()))
                            + vocabulary.get(random.nextInt(vocabulary.size())).toLowerCase(Locale.ROOT);
                case 4 -> vocabulary.get(random.nextInt(vocabulary.size())).toUpperCase(Locale.ROOT);
                default -> vocabulary.get(random.nextInt(vocabulary.size()));
            };
            text.append(word).append(separators[random.nextInt(separators.length)]);
        }
        return text.toString();
    }

    private static void assertSameStreams(String text) {
        List<String> expected = stream(separateFilters(), text);
        assertThat(stream(DanishAnalyzers.index(), text)).isEqualTo(expected);
        // Again: now from the shared cache.
        assertThat(stream(DanishAnalyzers.index(), text)).isEqualTo(expected);
        assertThat(stream(combined(2), text)).isEqualTo(expected);
    }

    @Test
    void theCorpusFilesGiveTheSameTokens() {
        for (String file : CORPUS) {
            String text = corpus(file);
            assertSameStreams(text);
            assertThat(stream(separateFilters(), text)).as(file).hasSizeGreaterThan(800);
        }
    }

    @Test
    void generatedTextGivesTheSameTokens() {
        for (long seed = 1; seed <= 5; seed++) {
            assertSameStreams(generated(seed, 20_000));
        }
    }

    @Test
    void edgeCasesGiveTheSameTokens() {
        for (String text : List.of(
                "",
                "og i at det",
                "og budgetforslag og",
                "Budgetforslaget BUDGETFORSLAGENE budgetforslag",
                "arbejdstidsregistreringen tidsregistreringen udviklingssamtaler styregruppemødet",
                "Økonomiudvalget Åsøe ÆBLEFORSLAG ærø",
                "00.01.00-P35-7-23 2024 12,5 mio. kr.",
                "a".repeat(300),
                "forslagforslagforslagforslagforslagforslag",
                "e-mail: punkt@example.dk https://example.dk/budgetforslag",
                "ﬁ ß İstanbul ΣΊΣΥΦΟΣ",
                "budget\u00adforslag",
                "tidsregistrering tidsregistrering tidsregistrering")) {
            assertSameStreams(text);
        }
    }

    @Test
    void threadsSharingTheCacheGetTheSameTokens() throws Exception {
        Analyzer analyzer = combined(64);
        List<String> texts = List.of(generated(11, 5_000), generated(12, 5_000), generated(13, 5_000));
        List<List<String>> expected =
                texts.stream().map(text -> stream(separateFilters(), text)).toList();
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            int first = t;
            threads.add(new Thread(() -> {
                try {
                    for (int round = 0; round < 3; round++) {
                        int i = (first + round) % texts.size();
                        assertThat(stream(analyzer, texts.get(i))).isEqualTo(expected.get(i));
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
    }

    /** Tokens per second of the two chains over the corpus and generated text (PUNKT_BENCH=1). */
    @Test
    @EnabledIfEnvironmentVariable(named = "PUNKT_BENCH", matches = "1")
    void benchmark() {
        List<String> texts = new ArrayList<>();
        CORPUS.forEach(file -> texts.add(corpus(file)));
        for (long seed = 100; seed < 110; seed++) {
            texts.add(generated(seed, 10_000));
        }
        for (int round = 0; round < 5; round++) {
            Analyzer separate = separateFilters();
            Analyzer combined = DanishAnalyzers.index();
            for (Analyzer analyzer : List.of(separate, combined)) {
                String name = analyzer == combined ? "combined" : "separate";
                long tokens = 0;
                long start = System.nanoTime();
                for (int repeat = 0; repeat < 5; repeat++) {
                    for (String text : texts) {
                        tokens += count(analyzer, text);
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(
                        Locale.ROOT,
                        "ANALYZER-BENCH round %d %-8s %,d tokens in %.2f s: %,.0f tokens/s%n",
                        round,
                        name,
                        tokens,
                        seconds,
                        tokens / seconds);
            }
        }
    }

    private static long count(Analyzer analyzer, String text) {
        long count = 0;
        try (TokenStream stream = analyzer.tokenStream("openText", text)) {
            stream.reset();
            while (stream.incrementToken()) {
                count++;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }
}
