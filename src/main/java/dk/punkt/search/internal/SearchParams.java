package dk.punkt.search.internal;

import dk.punkt.items.ItemType;
import dk.punkt.minutes.Outcome;
import dk.punkt.search.SearchQuery;
import java.util.Locale;

/**
 * The request parameters of a search (page and API alike), bound as a record; {@link #toQuery} checks them and
 * names the parameter at fault.
 */
record SearchParams(
        String q,
        Long committee,
        Integer year,
        String type,
        String outcome,
        String caseNumber,
        String sort,
        Integer page) {

    SearchQuery toQuery() {
        return new SearchQuery(
                q,
                committee,
                year,
                type == null || type.isBlank() ? null : enumOf(ItemType.class, "type", type),
                outcome == null || outcome.isBlank() ? null : enumOf(Outcome.class, "outcome", outcome),
                caseNumber,
                sort == null || sort.isBlank() ? null : enumOf(SearchQuery.Sort.class, "sort", sort),
                page == null ? 1 : page);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String parameter, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown value '" + value + "' of parameter '" + parameter + "'");
        }
    }
}
