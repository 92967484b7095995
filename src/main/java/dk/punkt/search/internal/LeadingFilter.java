package dk.punkt.search.internal;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * A filter that may lead the search. Lucene's query cache keeps a filter as a bit set once it matches 1 % of a
 * segment or (by its estimate) may, and a conjunction never leads with a bit set: it walks every document with the
 * words and looks each up in the bit set. For the committee and year filters together (a few hundred entries in a
 * million, but estimated as the committee's tens of thousands) that walked all the entries with the words. This
 * query hands the filter's matches on as a plain iterator with the filter's count, so the conjunction leads with it
 * when it is the sparser side and looks the words up only in those entries. The filter itself ({@code inner}) is
 * still cached as before; this wrapper is not. It matches exactly what {@code inner} matches and scores nothing.
 */
final class LeadingFilter extends Query {

    private final Query inner;

    LeadingFilter(Query inner) {
        this.inner = Objects.requireNonNull(inner);
    }

    Query inner() {
        return inner;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = inner.rewrite(searcher);
        return rewritten == inner ? this : new LeadingFilter(rewritten);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        // Through the searcher, so that the filter itself goes through the query cache as before.
        Weight filter = searcher.createWeight(inner, ScoreMode.COMPLETE_NO_SCORES, 1f);
        return new Weight(this) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                Scorer matches = filter.scorer(context);
                if (matches == null) {
                    return null;
                }
                // Not a BitSetIterator any more (which a conjunction would only look things up in), same documents
                // and cost.
                return new ConstantScoreScorer(this, boost, scoreMode, new Plain(matches.iterator()));
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                return filter.explain(context, doc);
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                // Cached, it would become a bit set again; the filter inside is cached.
                return false;
            }
        };
    }

    /** The same documents through an iterator that is no {@code BitSetIterator}. */
    private static final class Plain extends DocIdSetIterator {

        private final DocIdSetIterator in;

        Plain(DocIdSetIterator in) {
            this.in = in;
        }

        @Override
        public int docID() {
            return in.docID();
        }

        @Override
        public int nextDoc() throws IOException {
            return in.nextDoc();
        }

        @Override
        public int advance(int target) throws IOException {
            return in.advance(target);
        }

        @Override
        public long cost() {
            return in.cost();
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        inner.visit(visitor.getSubVisitor(Occur.FILTER, this));
    }

    @Override
    public String toString(String field) {
        return "leading(" + inner.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && inner.equals(((LeadingFilter) other).inner);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + inner.hashCode();
    }
}
