package dk.punkt.search.internal;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;

/**
 * Lucene's dictionary compound splitting ({@code DictionaryCompoundWordTokenFilter} with {@code onlyLongestMatch}:
 * at each position of a long word, the longest dictionary word starting there becomes an extra token), on Lucene's
 * own {@link CompoundWordTokenFilterBase}, but it stops extending a candidate as soon as no dictionary word starts
 * with it. Lucene's filter tries every length at every position; on Danish text (many long words) that made
 * indexing and highlighting several times slower. The output is the same (checked in the tests).
 */
final class PrefixPrunedCompoundFilter extends CompoundWordTokenFilterBase {

    private final CharArraySet prefixes;

    PrefixPrunedCompoundFilter(
            TokenStream input,
            CharArraySet dictionary,
            CharArraySet prefixes,
            int minWordSize,
            int minSubwordSize,
            int maxSubwordSize) {
        super(input, dictionary, minWordSize, minSubwordSize, maxSubwordSize, true);
        this.prefixes = prefixes;
    }

    /** Every prefix of every word of {@code dictionary} (which is lower case). */
    static CharArraySet prefixesOf(Iterable<String> words) {
        CharArraySet prefixes = new CharArraySet(1024, true);
        for (String word : words) {
            for (int length = 1; length <= word.length(); length++) {
                prefixes.add(word.substring(0, length));
            }
        }
        return CharArraySet.unmodifiableSet(prefixes);
    }

    @Override
    protected void decompose() {
        decompose(
                termAtt.buffer(),
                termAtt.length(),
                dictionary,
                prefixes,
                minSubwordSize,
                maxSubwordSize,
                (start, size) -> tokens.add(new CompoundToken(start, size)));
    }

    /** Where a part starts and how long it is. */
    interface PartConsumer {
        void accept(int start, int length);
    }

    /**
     * The longest dictionary word at each position of {@code buffer[0, length)}, in order (what Lucene's filter with
     * {@code onlyLongestMatch} splits off), pruned by the dictionary's prefixes.
     */
    static void decompose(
            char[] buffer,
            int length,
            CharArraySet dictionary,
            CharArraySet prefixes,
            int minSubwordSize,
            int maxSubwordSize,
            PartConsumer parts) {
        for (int start = 0; start <= length - minSubwordSize; start++) {
            int longest = 0;
            for (int size = 1; size <= maxSubwordSize && start + size <= length; size++) {
                if (!prefixes.contains(buffer, start, size)) {
                    break;
                }
                if (size >= minSubwordSize && dictionary.contains(buffer, start, size)) {
                    longest = size;
                }
            }
            if (longest > 0) {
                parts.accept(start, longest);
            }
        }
    }
}
