package dk.punkt.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The snippet of a hit: the stored text around the first word that matches the search, HTML-escaped, with every
 * matching word within it in {@code <mark>}. It analyses the text with the index's own analyzer (so stems, æ/ø/å
 * folding and compound parts match as in the index: {@code forslag} marks {@code budgetforslag}) and stops shortly
 * after the first match, so its cost depends on where that match is, not on the length of the text. It replaced
 * Hibernate Search's unified highlighter, which cost several milliseconds per hit (see
 * docs/performance-search.md). Phrases are marked word by word.
 */
final class Highlighter {

    private static final Analyzer INDEX = DanishAnalyzers.index();
    private static final Analyzer QUERY = DanishAnalyzers.query();

    /**
     * The index analyzer's tokenizer alone (a standard tokenizer, as in {@link DanishAnalyzers}): it cuts the text
     * into words, and only the words that may match go through the whole chain (its own instance, so that both can
     * be open at once on a thread).
     */
    private static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer words = new StandardTokenizer();
            return new TokenStreamComponents(words);
        }
    };

    private final Set<String> terms;
    private final List<String> prefixes;

    /** What a text must contain (lower case, folded) for any term or prefix to match in it. */
    private final List<String> needles;

    private Highlighter(Set<String> terms, List<String> prefixes) {
        this.terms = terms;
        this.prefixes = prefixes;
        this.needles = new ArrayList<>(terms);
        prefixes.forEach(prefix -> needles.add(fold(prefix)));
    }

    private static String fold(String word) {
        return DanishAnalyzers.DanishFolding.folded(word, true).toString();
    }

    /** The words of a simple query string that should be marked: not the excluded ones, prefixes as prefixes. */
    static Highlighter of(String query) {
        Set<String> terms = new HashSet<>();
        List<String> prefixes = new ArrayList<>();
        for (String word : query.split("[\\s|+()\"]+")) {
            if (word.isEmpty() || word.startsWith("-")) {
                continue;
            }
            if (word.endsWith("*")) {
                String prefix = normalise(word.replace("*", ""));
                if (!prefix.isEmpty()) {
                    prefixes.add(prefix);
                }
                continue;
            }
            terms.addAll(analyse(QUERY, word));
        }
        return new Highlighter(terms, prefixes);
    }

    boolean isEmpty() {
        return terms.isEmpty() && prefixes.isEmpty();
    }

    /** The snippet around the first match in {@code text}, about {@code size} characters; null when none matches. */
    String snippet(String text, int size) {
        if (text == null || text.isEmpty() || isEmpty()) {
            return null;
        }
        int from = firstCandidate(text);
        if (from < 0) {
            return null;
        }
        List<int[]> matches = new ArrayList<>();
        try (TokenStream stream = WORDS.tokenStream("openText", from == 0 ? text : text.substring(from))) {
            CharTermAttribute word = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int stop = Integer.MAX_VALUE;
            while (stream.incrementToken()) {
                int start = from + offset.startOffset();
                if (start > stop) {
                    break;
                }
                // The index analyzer's filters work word by word, so a word matches if one of the terms it makes of
                // that word alone does; a word without any search term in it (most of them) cannot match, and is
                // not analysed (compound parts and the stemmer were most of a snippet's cost).
                if (mayMatch(word) && wordMatches(word.toString())) {
                    int[] last = matches.isEmpty() ? null : matches.get(matches.size() - 1);
                    if (last == null || start >= last[1]) {
                        matches.add(new int[] {start, from + offset.endOffset()});
                    }
                    if (stop == Integer.MAX_VALUE) {
                        stop = start + size;
                    }
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (matches.isEmpty()) {
            return null;
        }
        int end = Math.min(text.length(), matches.get(0)[0] + size + 40);
        StringBuilder html = new StringBuilder(end + 40);
        int at = 0;
        for (int[] match : matches) {
            if (match[0] >= end) {
                break;
            }
            Html.escape(text, at, match[0], html);
            html.append("<mark>");
            Html.escape(text, match[0], match[1], html);
            html.append("</mark>");
            at = match[1];
        }
        if (at < end) {
            Html.escape(text, at, end, html);
        }
        String snippet = Snippets.around(html.toString(), size);
        return end < text.length() && !snippet.endsWith(" …") ? snippet + " …" : snippet;
    }

    /**
     * Whether a word (as the tokenizer cut it) contains a search term once lower-cased and æ/ø/å-folded: every term
     * the index analyzer makes of a word is a substring of that (see {@link #firstCandidate}).
     */
    private boolean mayMatch(CharTermAttribute word) {
        StringBuilder folded = DanishAnalyzers.DanishFolding.folded(word, true);
        for (String needle : needles) {
            if (folded.indexOf(needle) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether any term the index analyzer makes of this one word is a search term or starts with a prefix. */
    private boolean wordMatches(String word) {
        try (TokenStream stream = INDEX.tokenStream("openText", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            boolean found = false;
            while (!found && stream.incrementToken()) {
                found = matches(term.toString());
            }
            stream.end();
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where the analysis of {@code text} may start: the start of the first whitespace-separated word that contains a
     * search term, or -1 when none does (then nothing can match). Every term the index analyzer makes of a word is a
     * stem of the word or of one of its compound parts, and the Danish stemmer only removes endings, so the term is a
     * substring of the lower-cased, æ/ø/å-folded word. Finding it with {@code indexOf} costs a fraction of analysing
     * the text, which was most of a snippet's cost when the match is late in a long text or not in it at all (a hit
     * on its title).
     */
    private int firstCandidate(String text) {
        char[] folded = new char[text.length() * 2];
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            String replacement = DanishAnalyzers.DanishFolding.fold(c);
            if (replacement == null) {
                folded[length++] = c;
            } else {
                for (int j = 0; j < replacement.length(); j++) {
                    folded[length++] = replacement.charAt(j);
                }
            }
        }
        String haystack = new String(folded, 0, length);
        int first = -1;
        for (String needle : needles) {
            int at = haystack.indexOf(needle);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        if (first < 0) {
            return -1;
        }
        int start = origin(text, first);
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** The position in {@code text} of the character that became position {@code at} of its folded form. */
    private static int origin(String text, int at) {
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            String replacement = DanishAnalyzers.DanishFolding.fold(Character.toLowerCase(text.charAt(i)));
            length += replacement == null ? 1 : replacement.length();
            if (length > at) {
                return i;
            }
        }
        return text.length();
    }

    /** The start of a text without any match, about {@code size} characters, escaped. */
    static String opening(String text, int size) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() <= size) {
            return Html.escape(text);
        }
        int cut = text.lastIndexOf(' ', size);
        return Html.escape(text.substring(0, cut > 0 ? cut : size)) + " …";
    }

    private boolean matches(String term) {
        if (terms.contains(term)) {
            return true;
        }
        for (String prefix : prefixes) {
            if (term.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> analyse(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("openText", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Lower case and æ/ø/å folded, as the analyzer's normal form of a prefix (prefixes are not stemmed). */
    private static String normalise(String word) {
        return analyseNormal(word.toLowerCase(Locale.ROOT));
    }

    private static String analyseNormal(String word) {
        return QUERY.normalize("openText", word).utf8ToString();
    }
}
