package dk.punkt.search.internal;

import java.io.IOException;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.DanishStemmer;

/**
 * The index chain's last three steps in one filter: compound parts ({@link PrefixPrunedCompoundFilter}), the Danish
 * Snowball stemmer and {@link DanishAnalyzers.DanishFolding}. What those three make of a token depends on its text
 * alone (the parts keep the word's offsets, type and other attributes; each part has position increment 0), and
 * Danish text repeats its words heavily, so the terms a word becomes are computed once and kept in a {@link Cache}
 * that every thread shares. The tokens are exactly those of the three filters in a row (DanishAnalyzersTest compares
 * the token streams).
 */
final class CompoundStemFoldFilter extends TokenFilter {

    /**
     * Longer tokens (the tokenizer allows 255 characters) are analysed each time: they are rare, and an entry's size
     * grows with its word's (and its parts'), so the cache stays small: at most 16 384 words of 40 characters.
     */
    static final int MAX_CACHED = 40;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute positionIncrement = addAttribute(PositionIncrementAttribute.class);
    private final Cache cache;
    private final Terms terms;

    /** The parts still to emit after the word, and the word's state they copy; null when none. */
    private char[][] pending;

    private int next;
    private State word;

    CompoundStemFoldFilter(TokenStream input, Cache cache, Terms terms) {
        super(input);
        this.cache = cache;
        this.terms = terms;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(word);
            char[] part = pending[next++];
            term.copyBuffer(part, 0, part.length);
            positionIncrement.setPositionIncrement(0);
            if (next == pending.length) {
                pending = null;
                word = null;
            }
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        char[][] result = term.length() > MAX_CACHED ? null : cache.get(term.buffer(), term.length());
        if (result == null) {
            result = terms.of(term.buffer(), term.length());
            if (term.length() <= MAX_CACHED) {
                cache.put(term.buffer(), term.length(), result);
            }
        }
        term.copyBuffer(result[0], 0, result[0].length);
        if (result.length > 1) {
            pending = result;
            next = 1;
            word = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
        word = null;
    }

    /**
     * Computes what the three filters make of one lower-case token: its stemmed, folded self first, then its
     * compound parts' in order. Not thread-safe (one stemmer): one per filter.
     */
    static final class Terms {

        private final CharArraySet parts;
        private final CharArraySet prefixes;
        private final int minWord;
        private final int minPart;
        private final int maxPart;
        private final DanishStemmer stemmer = new DanishStemmer();

        Terms(CharArraySet parts, CharArraySet prefixes, int minWord, int minPart, int maxPart) {
            this.parts = parts;
            this.prefixes = prefixes;
            this.minWord = minWord;
            this.minPart = minPart;
            this.maxPart = maxPart;
        }

        char[][] of(char[] buffer, int length) {
            List<char[]> result = new ArrayList<>(4);
            result.add(stemAndFold(buffer, 0, length));
            if (length >= minWord) {
                PrefixPrunedCompoundFilter.decompose(
                        buffer,
                        length,
                        parts,
                        prefixes,
                        minPart,
                        maxPart,
                        (start, size) -> result.add(stemAndFold(buffer, start, size)));
            }
            return result.toArray(new char[0][]);
        }

        private char[] stemAndFold(char[] buffer, int start, int length) {
            // The stemmer may work in the array it is given: a copy.
            char[] copy = new char[Math.max(length, 8)];
            System.arraycopy(buffer, start, copy, 0, length);
            stemmer.setCurrent(copy, length);
            stemmer.stem();
            StringBuilder folded = DanishAnalyzers.DanishFolding.folded(
                    CharBuffer.wrap(stemmer.getCurrentBuffer(), 0, stemmer.getCurrentBufferLength()), false);
            char[] out = new char[folded.length()];
            folded.getChars(0, out.length, out, 0);
            return out;
        }
    }

    /**
     * A bounded map from a token's text to its terms, shared by all threads without locks: a fixed table of
     * immutable entries, a new entry replacing whatever had its slot. A thread that does not see another's entry
     * computes the same terms again; an entry is only used when its whole key equals the token.
     */
    static final class Cache {

        private record Entry(char[] key, char[][] terms) {}

        private final Entry[] slots;
        private final int mask;

        /** {@code size} slots, a power of two. */
        Cache(int size) {
            if (Integer.bitCount(size) != 1) {
                throw new IllegalArgumentException("size must be a power of two: " + size);
            }
            slots = new Entry[size];
            mask = size - 1;
        }

        char[][] get(char[] buffer, int length) {
            Entry entry = slots[slot(buffer, length)];
            if (entry == null || entry.key().length != length) {
                return null;
            }
            char[] key = entry.key();
            for (int i = 0; i < length; i++) {
                if (key[i] != buffer[i]) {
                    return null;
                }
            }
            return entry.terms();
        }

        void put(char[] buffer, int length, char[][] terms) {
            char[] key = new char[length];
            System.arraycopy(buffer, 0, key, 0, length);
            slots[slot(buffer, length)] = new Entry(key, terms);
        }

        private int slot(char[] buffer, int length) {
            int hash = 0;
            for (int i = 0; i < length; i++) {
                hash = 31 * hash + buffer[i];
            }
            hash ^= hash >>> 16;
            return hash & mask;
        }
    }
}
