package dk.punkt.search.internal;

import dk.punkt.search.SearchAccess;
import dk.punkt.search.SearchQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The search as a Lucene query over the fields Hibernate Search writes for {@link SearchEntry} (its encodings: long
 * fields as {@link LongPoint}, int and boolean fields as {@link IntPoint} with 1 for true, keywords as terms after the
 * field's normalizer). It is the query the Hibernate Search DSL built before (session 4): the words in Lucene's
 * {@link SimpleQueryParser} with the index's query analyzer, {@code title} weighted 2, AND as default operator and the
 * same operators (phrase, prefix, NOT, OR, precedence, whitespace), within the access clauses, with the filters. The
 * service runs it natively so it can count the facets with Lucene's own counter in the same pass (see
 * docs/decisions-search.md, <i>Native search</i>).
 */
final class LuceneQuery {

    /** Hibernate Search's simple query flags AND, OR, NOT, PHRASE, PREFIX, PRECEDENCE and WHITESPACE. */
    private static final int FLAGS = SimpleQueryParser.AND_OPERATOR
            | SimpleQueryParser.OR_OPERATOR
            | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.PHRASE_OPERATOR
            | SimpleQueryParser.PREFIX_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS
            | SimpleQueryParser.WHITESPACE_OPERATOR;

    private static final float TITLE_BOOST = 2.0f;

    private LuceneQuery() {}

    /** The whole query: words within what the searcher may see, and the filters. */
    static Query of(SearchQuery query, SearchAccess access, Analyzer analyzer) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        if (query.text().isEmpty()) {
            all.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            all.add(textWithinAccess(query.text(), access, analyzer), Occur.MUST);
        }
        List<Query> filters = new ArrayList<>();
        if (query.committeeId() != null) {
            filters.add(LongPoint.newExactQuery("committeeId", query.committeeId()));
        }
        if (query.year() != null) {
            filters.add(IntPoint.newExactQuery("year", query.year()));
        }
        if (query.type() != null) {
            filters.add(new TermQuery(new Term("type", query.type().name())));
        }
        if (query.outcome() != null) {
            filters.add(new TermQuery(new Term("outcome", query.outcome().name())));
        }
        if (query.caseNumber() != null) {
            // The whole number or a KLE prefix ("00.01"): the keyword field holds the number in lower case.
            String number =
                    query.caseNumber().toLowerCase(Locale.ROOT).replace("*", "").replace("?", "");
            filters.add(new PrefixQuery(new Term("caseNumber", number)));
        }
        if (filters.size() == 1) {
            all.add(filters.get(0), Occur.FILTER);
        } else if (filters.size() > 1) {
            all.add(allOf(filters), Occur.FILTER);
        }
        return all.build();
    }

    /**
     * Several filters as one clause that may lead the search ({@link LeadingFilter}): Lucene's query cache keeps
     * their intersection (committee and year: a few hundred entries in a million) as one set, and the search then
     * looks the words up only in those entries instead of walking every entry with the words and checking it against
     * each filter's bit set. Same matches and scores (filters do not score); docs/performance-search.md, session 7.
     */
    private static Query allOf(List<Query> filters) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        filters.forEach(filter -> all.add(filter, Occur.FILTER));
        return new LeadingFilter(all.build());
    }

    /**
     * Title and case number of every item (public even for closed items), the open text of open items, and all text
     * of the committees whose closed content the searcher may see.
     */
    private static Query textWithinAccess(String text, SearchAccess access, Analyzer analyzer) {
        if (access.everything()) {
            // All text of every item: the other two clauses would only match a subset of this one.
            return words(text, SearchQueries.ALL_TEXT, analyzer);
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        either.add(words(text, SearchQueries.PUBLIC_OF_CLOSED, analyzer), Occur.SHOULD);
        either.add(
                new BooleanQuery.Builder()
                        .add(words(text, SearchQueries.OPEN_TEXT, analyzer), Occur.MUST)
                        .add(IntPoint.newExactQuery("closed", 0), Occur.FILTER)
                        .build(),
                Occur.SHOULD);
        if (!access.committees().isEmpty()) {
            long[] mine =
                    access.committees().stream().mapToLong(Long::longValue).toArray();
            either.add(
                    new BooleanQuery.Builder()
                            .add(words(text, SearchQueries.ALL_TEXT, analyzer), Occur.MUST)
                            .add(LongPoint.newSetQuery("committeeId", mine), Occur.FILTER)
                            .build(),
                    Occur.SHOULD);
        }
        return either.build();
    }

    private static Query words(String text, String[] fields, Analyzer analyzer) {
        Map<String, Float> weights = new LinkedHashMap<>();
        weights.put(fields[0], TITLE_BOOST);
        for (int i = 1; i < fields.length; i++) {
            weights.put(fields[i], 1.0f);
        }
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, weights, FLAGS);
        parser.setDefaultOperator(Occur.MUST);
        return parser.parse(text);
    }
}
