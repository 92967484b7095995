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

    /** All five facets: counts per {@link FacetCodes} code (committee, year, type, outcome, KLE group). */
    private static final AggregationKey<Map<Long, Long>> FACETS = AggregationKey.of("facets");

    /** More codes than any index has (committees + years + types + outcomes + KLE groups), so counts are complete. */
    private static final int MAX_FACET_CODES = 100_000;

    private static final int MAX_COMMITTEES = 200;
    private static final int MAX_YEARS = 200;
    private static final int MAX_CASE_GROUPS = 100;

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
                    FACETS, f -> f.terms().field(FacetCodes.FIELD, Long.class).maxTermCount(MAX_FACET_CODES));
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
                parts.facets() ? facets(result.aggregation(FACETS)) : EMPTY_FACETS,
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

    /**
     * The facets of a search from the counts per facet code (largest counts first, as the terms aggregation returns
     * them): committees by count (at most 200), years newest first, types, outcomes, KLE groups by count (at most 100).
     */
    public dk.punkt.search.SearchResult.Facets facets(Map<Long, Long> codeCounts) {
        Map<FacetCodes.Dimension, Map<Long, Long>> byDimension = new java.util.EnumMap<>(FacetCodes.Dimension.class);
        for (FacetCodes.Dimension dimension : FacetCodes.Dimension.values()) {
            byDimension.put(dimension, new java.util.LinkedHashMap<>());
        }
        codeCounts.forEach((code, count) -> {
            FacetCodes.Decoded decoded = FacetCodes.decode(code);
            if (decoded != null) {
                byDimension.get(decoded.dimension()).put(decoded.key(), count);
            }
        });
        Map<Long, Long> committees = first(byDimension.get(FacetCodes.Dimension.COMMITTEE), MAX_COMMITTEES);
        Map<Long, String> names = committeeNames.of(committees.keySet());
        ItemType[] types = ItemType.values();
        Outcome[] outcomes = Outcome.values();
        return new dk.punkt.search.SearchResult.Facets(
                values(committees, String::valueOf, id -> names.getOrDefault(id, "#" + id)),
                values(first(byDimension.get(FacetCodes.Dimension.YEAR), MAX_YEARS), String::valueOf, String::valueOf)
                        .stream()
                        .sorted(Comparator.comparing(dk.punkt.search.SearchResult.FacetValue::key)
                                .reversed())
                        .toList(),
                values(
                        known(byDimension.get(FacetCodes.Dimension.TYPE), types.length),
                        ordinal -> types[ordinal.intValue()].name(),
                        ordinal -> types[ordinal.intValue()].label()),
                values(
                        known(byDimension.get(FacetCodes.Dimension.OUTCOME), outcomes.length),
                        ordinal -> outcomes[ordinal.intValue()].name(),
                        ordinal -> outcomes[ordinal.intValue()].label()),
                values(
                        first(byDimension.get(FacetCodes.Dimension.CASE_GROUP), MAX_CASE_GROUPS),
                        code -> SearchEntry.kleGroupOfCode(code.intValue()),
                        code -> SearchEntry.kleGroupOfCode(code.intValue())));
    }

    private static Map<Long, Long> first(Map<Long, Long> counts, int limit) {
        Map<Long, Long> first = new java.util.LinkedHashMap<>();
        counts.entrySet().stream().limit(limit).forEach(e -> first.put(e.getKey(), e.getValue()));
        return first;
    }

    /** Enum ordinals this version knows (an index written by another version may hold others until a reindex). */
    private static Map<Long, Long> known(Map<Long, Long> counts, int size) {
        Map<Long, Long> known = new java.util.LinkedHashMap<>();
        counts.forEach((ordinal, count) -> {
            if (ordinal < size) {
                known.put(ordinal, count);
            }
        });
        return known;
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
