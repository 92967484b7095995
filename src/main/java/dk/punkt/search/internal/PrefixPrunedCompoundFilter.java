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
        char[] buffer = termAtt.buffer();
        int length = termAtt.length();
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
                tokens.add(new CompoundToken(start, longest));
            }
        }
    }
}
