package dk.punkt.search.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.DanishStemmer;

/**
 * Punkt's Danish analysis, shared by the index (through {@link DanishAnalysisConfigurer}), the tests and the
 * benchmark's raw Lucene queries so all three analyse alike.
 *
 * <p>Chain: standard tokenizer → lower case → Danish stop words → compound parts (index side only) → Danish Snowball
 * stemmer → folding æ/ø/å to ae/oe/aa. Compound parts are only split off at index time: a query for {@code forslag}
 * then finds {@code budgetforslag}, while a query for {@code budgetforslag} still means exactly that word. The
 * parts come from a shipped word list ({@code search/da-compound-parts.txt}, see docs/decisions-search.md); parts
 * shorter than {@value #MIN_PART} letters are never split off, which keeps {@code tid} or {@code sag} from matching
 * inside unrelated words. Folding runs after the stemmer (which knows æ, ø, å as vowels) and on both sides, so
 * {@code oekonomi} and {@code økonomi}, {@code Aasøe} and {@code Åsøe} are the same term.
 */
public final class DanishAnalyzers {

    /** Analyzer names in the Hibernate Search mapping. */
    public static final String INDEX = "danish";

    public static final String QUERY = "danish_query";

    static final int MIN_WORD = 8;
    static final int MIN_PART = 5;
    static final int MAX_PART = 24;

    private static final List<String> WORDS = loadWords();
    private static final CharArraySet PARTS = CharArraySet.unmodifiableSet(new CharArraySet(WORDS, true));
    private static final CharArraySet PREFIXES = PrefixPrunedCompoundFilter.prefixesOf(WORDS);

    /**
     * What the index chain's compound, stemmer and folding steps make of a word, shared by every thread that analyses
     * with the index analyzer (Hibernate Search's indexing threads, the highlighter). 16 384 slots of words up to 40
     * characters (a few MB at most): more than the distinct words of a batch of meetings.
     */
    private static final CompoundStemFoldFilter.Cache TERMS = new CompoundStemFoldFilter.Cache(1 << 14);

    private DanishAnalyzers() {}

    /** The index-time analyzer: with compound parts. */
    public static Analyzer index() {
        return new Danish(true);
    }

    /** The query-time analyzer: the same chain without compound splitting. */
    public static Analyzer query() {
        return new Danish(false);
    }

    /** The compound parts the splitter knows (lower case). */
    public static int partCount() {
        return PARTS.size();
    }

    /** The word list, for tests that compare with Lucene's own filter. */
    static CharArraySet parts() {
        return PARTS;
    }

    /** The word list's prefixes, for tests that build the chain with the separate filters. */
    static CharArraySet prefixes() {
        return PREFIXES;
    }

    private static List<String> loadWords() {
        try (InputStream in = DanishAnalyzers.class.getResourceAsStream("/search/da-compound-parts.txt")) {
            if (in == null) {
                throw new IllegalStateException("search/da-compound-parts.txt is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(java.util.Locale.ROOT))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read search/da-compound-parts.txt", e);
        }
    }

    private static final class Danish extends Analyzer {

        private final boolean compounds;

        Danish(boolean compounds) {
            this.compounds = compounds;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            stream = new StopFilter(stream, DanishAnalyzer.getDefaultStopSet());
            if (compounds) {
                // Compound parts, stemmer and folding in one step, each word's terms computed once (see the filter).
                stream = new CompoundStemFoldFilter(
                        stream, TERMS, new CompoundStemFoldFilter.Terms(PARTS, PREFIXES, MIN_WORD, MIN_PART, MAX_PART));
            } else {
                stream = new SnowballFilter(stream, new DanishStemmer());
                stream = new DanishFolding(stream);
            }
            return new TokenStreamComponents(source, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new DanishFolding(new LowerCaseFilter(in));
        }
    }

    /** æ → ae, ø → oe, å → aa (and the German/Swedish ä, ö the same way), so both spellings meet. */
    static final class DanishFolding extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        DanishFolding(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            char[] buffer = term.buffer();
            int length = term.length();
            boolean any = false;
            for (int i = 0; i < length && !any; i++) {
                any = fold(buffer[i]) != null;
            }
            if (any) {
                // Folded before the term is emptied (the receiver of append is evaluated first).
                StringBuilder folded = folded(term, false);
                term.setEmpty().append(folded);
            }
            return true;
        }

        /** {@code text} folded; with {@code lowerCase}, each character lower-cased first. */
        static StringBuilder folded(CharSequence text, boolean lowerCase) {
            int length = text.length();
            StringBuilder folded = new StringBuilder(length + 4);
            for (int i = 0; i < length; i++) {
                char c = lowerCase ? Character.toLowerCase(text.charAt(i)) : text.charAt(i);
                String replacement = fold(c);
                if (replacement == null) {
                    folded.append(c);
                } else {
                    folded.append(replacement);
                }
            }
            return folded;
        }

        /** What a lower-case letter becomes (æ → ae …), or null when it stays. */
        static String fold(char c) {
            return switch (c) {
                case 'æ', 'ä' -> "ae";
                case 'ø', 'ö' -> "oe";
                case 'å' -> "aa";
                case 'é', 'è' -> "e";
                default -> null;
            };
        }
    }
}
