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
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.springframework.web.util.HtmlUtils;

/**
 * The snippet maker as it was until session 7 ({@link Highlighter} before it analysed only the words that may match
 * and escaped without Spring's lookup), kept unchanged as the reference that {@code HighlighterEquivalenceTest}
 * compares the new one with: the snippets must stay exactly the same.
 */
final class ReferenceHighlighter {

    private static final Analyzer INDEX = DanishAnalyzers.index();
    private static final Analyzer QUERY = DanishAnalyzers.query();

    private final Set<String> terms;
    private final List<String> prefixes;

    /** What a text must contain (lower case, folded) for any term or prefix to match in it. */
    private final List<String> needles;

    private ReferenceHighlighter(Set<String> terms, List<String> prefixes) {
        this.terms = terms;
        this.prefixes = prefixes;
        this.needles = new ArrayList<>(terms);
        prefixes.forEach(prefix -> needles.add(fold(prefix)));
    }

    private static String fold(String word) {
        StringBuilder folded = new StringBuilder(word.length() + 4);
        for (char c : word.toCharArray()) {
            String replacement = DanishAnalyzers.DanishFolding.fold(Character.toLowerCase(c));
            folded.append(replacement == null ? String.valueOf(Character.toLowerCase(c)) : replacement);
        }
        return folded.toString();
    }

    /** The words of a simple query string that should be marked: not the excluded ones, prefixes as prefixes. */
    static ReferenceHighlighter of(String query) {
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
        return new ReferenceHighlighter(terms, prefixes);
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
        try (TokenStream stream = INDEX.tokenStream("openText", from == 0 ? text : text.substring(from))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int stop = Integer.MAX_VALUE;
            while (stream.incrementToken()) {
                int start = from + offset.startOffset();
                if (start > stop) {
                    break;
                }
                if (matches(term.toString())) {
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
            html.append(HtmlUtils.htmlEscape(text.substring(at, match[0]), "UTF-8"))
                    .append("<mark>")
                    .append(HtmlUtils.htmlEscape(text.substring(match[0], match[1]), "UTF-8"))
                    .append("</mark>");
            at = match[1];
        }
        if (at < end) {
            html.append(HtmlUtils.htmlEscape(text.substring(at, end), "UTF-8"));
        }
        String snippet = Snippets.around(html.toString(), size);
        return end < text.length() && !snippet.endsWith(" …") ? snippet + " …" : snippet;
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
        StringBuilder folded = new StringBuilder(text.length() + 16);
        int[] origin = new int[text.length() * 2 + 1];
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            String replacement = DanishAnalyzers.DanishFolding.fold(c);
            if (replacement == null) {
                origin[folded.length()] = i;
                folded.append(c);
            } else {
                for (int j = 0; j < replacement.length(); j++) {
                    origin[folded.length()] = i;
                    folded.append(replacement.charAt(j));
                }
            }
        }
        String haystack = folded.toString();
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
        int start = origin[first];
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** The start of a text without any match, about {@code size} characters, escaped. */
    static String opening(String text, int size) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() <= size) {
            return HtmlUtils.htmlEscape(text, "UTF-8");
        }
        int cut = text.lastIndexOf(' ', size);
        return HtmlUtils.htmlEscape(text.substring(0, cut > 0 ? cut : size), "UTF-8") + " …";
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
