package dk.punkt.search.internal;

import dk.punkt.items.ItemType;
import dk.punkt.minutes.Outcome;
import dk.punkt.search.SearchAccess;
import dk.punkt.search.SearchQuery;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Builds and runs the Hibernate Search query. Access is part of the query: open text (title, case number, sections,
 * recommendation, decision, open appendices) of open items for everyone; the text of closed items and closed
 * appendices only within the committees the searcher may see. Counts, facets and pages therefore only ever count
 * what the searcher may see. Snippets are chosen per hit from the fields that hit's reader may see.
 */
@Component
public class SearchQueries {

    /** Text everyone may search, for open items. */
    static final String[] OPEN_TEXT = {"title", "caseNumberText", "openText"};

    /**
     * Text of any item, for the committees whose closed content the searcher may see: also closed appendices and
     * decisions not yet approved ({@code restrictedText}).
     */
    static final String[] ALL_TEXT = {"title", "caseNumberText", "openText", "restrictedText"};

    /** What a closed item shows everyone: number, title and case number. */
    static final String[] PUBLIC_OF_CLOSED = {"title", "caseNumberText"};

    private static final int SNIPPET = 200;

    private static final AggregationKey<Map<Long, Long>> COMMITTEES = AggregationKey.of("committees");
    private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("years");
    private static final AggregationKey<Map<ItemType, Long>> TYPES = AggregationKey.of("types");
    private static final AggregationKey<Map<Outcome, Long>> OUTCOMES = AggregationKey.of("outcomes");
    private static final AggregationKey<Map<Integer, Long>> CASE_GROUPS = AggregationKey.of("caseGroups");

    @PersistenceContext
    private EntityManager entityManager;

    private final CommitteeNames committeeNames;

    SearchQueries(CommitteeNames committeeNames) {
        this.committeeNames = committeeNames;
    }

    /** Which costly parts of a search to compute; the application always asks for both (the benchmark for less). */
    public record Parts(boolean highlights, boolean facets) {
        public static final Parts ALL = new Parts(true, true);
    }

    public dk.punkt.search.SearchResult run(SearchQuery query, SearchAccess access) {
        return run(entityManager, query, access, Parts.ALL);
    }

    public dk.punkt.search.SearchResult run(
            EntityManager entityManager, SearchQuery query, SearchAccess access, Parts parts) {
        long start = System.nanoTime();
        SearchSession session = Search.session(entityManager);
        int offset = (query.page() - 1) * SearchQuery.PAGE_SIZE;
        boolean closedHighlights = parts.highlights() && access.seesAny();
        var step = session.search(SearchEntry.class)
                .select(f -> {
                    List<SearchProjection<?>> columns = new ArrayList<>(List.of(
                            f.id(Long.class).toProjection(),
                            f.field("meetingId", Long.class).toProjection(),
                            f.field("committeeId", Long.class).toProjection(),
                            f.field("committeeName", String.class).toProjection(),
                            f.field("meetingDate", LocalDate.class).toProjection(),
                            f.field("number", Integer.class).toProjection(),
                            f.field("title", String.class).toProjection(),
                            f.field("caseNumber", String.class).toProjection(),
                            f.field("closed", Boolean.class).toProjection()));
                    if (parts.highlights()) {
                        columns.add(f.field("openText", String.class).toProjection());
                    }
                    if (closedHighlights) {
                        columns.add(f.field("restrictedText", String.class).toProjection());
                    }
                    return f.composite()
                            .from(columns.toArray(SearchProjection<?>[]::new))
                            .asList();
                })
                .where(f -> f.bool().must(predicate(f, query, access)))
                .sort(f -> query.sort() == SearchQuery.Sort.DATE
                        ? f.composite(c -> c.add(f.field("meetingDate").desc())
                                .add(f.field("number").asc()))
                        : f.composite(
                                c -> c.add(f.score()).add(f.field("meetingDate").desc())));
        if (parts.facets()) {
            step = step.aggregation(
                            COMMITTEES,
                            f -> f.terms().field("committeeId", Long.class).maxTermCount(200))
                    .aggregation(
                            YEARS, f -> f.terms().field("year", Integer.class).maxTermCount(200))
                    .aggregation(TYPES, f -> f.terms().field("type", ItemType.class))
                    .aggregation(OUTCOMES, f -> f.terms().field("outcome", Outcome.class))
                    .aggregation(
                            CASE_GROUPS,
                            f -> f.terms().field("kleCode", Integer.class).maxTermCount(100));
        }
        org.hibernate.search.engine.search.query.SearchResult<List<?>> result =
                step.fetch(offset, SearchQuery.PAGE_SIZE);
        Highlighter marker = parts.highlights() ? Highlighter.of(query.text()) : null;
        List<dk.punkt.search.SearchResult.Hit> hits = result.hits().stream()
                .map(row -> hit(row, access, marker, closedHighlights))
                .toList();
        long total = result.total().hitCount();
        return new dk.punkt.search.SearchResult(
                total,
                query.page(),
                SearchQuery.PAGE_SIZE,
                hits,
                parts.facets() ? facets(result) : EMPTY_FACETS,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** The whole query: words within what the searcher may see, and the filters. */
    public static SearchPredicate predicate(SearchPredicateFactory f, SearchQuery query, SearchAccess access) {
        BooleanPredicateClausesStep<?> all = f.bool();
        if (query.text().isEmpty()) {
            all.must(f.matchAll());
        } else {
            all.must(textWithinAccess(f, query.text(), access));
        }
        if (query.committeeId() != null) {
            all.filter(f.match().field("committeeId").matching(query.committeeId()));
        }
        if (query.year() != null) {
            all.filter(f.match().field("year").matching(query.year()));
        }
        if (query.type() != null) {
            all.filter(f.match().field("type").matching(query.type()));
        }
        if (query.outcome() != null) {
            all.filter(f.match().field("outcome").matching(query.outcome()));
        }
        if (query.caseNumber() != null) {
            String number = query.caseNumber().toLowerCase(Locale.ROOT);
            all.filter(f.bool()
                    .should(f.match().field("caseNumber").matching(number))
                    .should(f.wildcard()
                            .field("caseNumber")
                            .matching(number.replace("*", "").replace("?", "") + "*")));
        }
        return all.toPredicate();
    }

    private static SearchPredicate textWithinAccess(SearchPredicateFactory f, String text, SearchAccess access) {
        if (access.everything()) {
            // All text of every item: the other two clauses would only match a subset of this one.
            return words(f, text, ALL_TEXT);
        }
        BooleanPredicateClausesStep<?> either = f.bool();
        either.should(words(f, text, PUBLIC_OF_CLOSED));
        either.should(f.bool()
                .must(words(f, text, OPEN_TEXT))
                .filter(f.match().field("closed").matching(false)));
        if (!access.committees().isEmpty()) {
            BooleanPredicateClausesStep<?> mine = f.bool();
            access.committees()
                    .forEach(id -> mine.should(f.match().field("committeeId").matching(id)));
            either.should(f.bool().must(words(f, text, ALL_TEXT)).filter(mine));
        }
        return either.toPredicate();
    }

    private static SearchPredicate words(SearchPredicateFactory f, String text, String[] fields) {
        return f.simpleQueryString()
                .field(fields[0])
                .boost(2.0f)
                .fields(java.util.Arrays.copyOfRange(fields, 1, fields.length))
                .matching(text)
                .defaultOperator(org.hibernate.search.engine.search.common.BooleanOperator.AND)
                .flags(
                        SimpleQueryFlag.AND,
                        SimpleQueryFlag.OR,
                        SimpleQueryFlag.NOT,
                        SimpleQueryFlag.PHRASE,
                        SimpleQueryFlag.PREFIX,
                        SimpleQueryFlag.PRECEDENCE,
                        SimpleQueryFlag.WHITESPACE)
                .toPredicate();
    }

    private static final dk.punkt.search.SearchResult.Facets EMPTY_FACETS =
            new dk.punkt.search.SearchResult.Facets(List.of(), List.of(), List.of(), List.of(), List.of());

    /**
     * A hit as the searcher may see it. The snippet comes from the restricted text (closed appendices, a decision
     * not yet approved) when the searcher may see it and it matches, else from the open text unless the item is
     * closed to the searcher, else there is none (a closed item then shows only its public title).
     */
    private static dk.punkt.search.SearchResult.Hit hit(
            List<?> row, SearchAccess access, Highlighter marker, boolean closedText) {
        long committeeId = (Long) row.get(2);
        boolean closed = Boolean.TRUE.equals(row.get(8));
        String snippet = null;
        if (closedText && access.sees(committeeId)) {
            snippet = marker.snippet((String) row.get(10), SNIPPET);
        }
        if (marker != null && snippet == null && (!closed || access.sees(committeeId))) {
            String open = (String) row.get(9);
            snippet = marker.snippet(open, SNIPPET);
            if (snippet == null) {
                snippet = Highlighter.opening(open, SNIPPET);
            }
        }
        String title = (String) row.get(6);
        return new dk.punkt.search.SearchResult.Hit(
                (Long) row.get(0),
                (Long) row.get(1),
                committeeId,
                (String) row.get(3),
                (LocalDate) row.get(4),
                (Integer) row.get(5),
                title,
                HtmlUtils.htmlEscape(title, "UTF-8"),
                (String) row.get(7),
                closed,
                snippet);
    }

    private dk.punkt.search.SearchResult.Facets facets(
            org.hibernate.search.engine.search.query.SearchResult<List<?>> result) {
        Map<Long, String> names =
                committeeNames.of(result.aggregation(COMMITTEES).keySet());
        return new dk.punkt.search.SearchResult.Facets(
                values(result.aggregation(COMMITTEES), String::valueOf, id -> names.getOrDefault(id, "#" + id)),
                values(result.aggregation(YEARS), String::valueOf, String::valueOf).stream()
                        .sorted(Comparator.comparing(dk.punkt.search.SearchResult.FacetValue::key)
                                .reversed())
                        .toList(),
                values(result.aggregation(TYPES), Enum::name, ItemType::label),
                values(result.aggregation(OUTCOMES), Enum::name, Outcome::label),
                values(result.aggregation(CASE_GROUPS), SearchEntry::kleGroupOfCode, SearchEntry::kleGroupOfCode));
    }

    private static <K> List<dk.punkt.search.SearchResult.FacetValue> values(
            Map<K, Long> counts, Function<K, String> key, Function<K, String> label) {
        return counts.entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .map(entry -> new dk.punkt.search.SearchResult.FacetValue(
                        key.apply(entry.getKey()), label.apply(entry.getKey()), entry.getValue()))
                .toList();
    }
}
