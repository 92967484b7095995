package dk.punkt.search.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of the search page that keep the current search and change one thing (a filter, the sort, the page), so
 * facets, filters and pages work as plain links without JavaScript.
 */
public record SearchLinks(String base, Map<String, String> current) {

    public SearchLinks {
        current = new LinkedHashMap<>(current);
    }

    static SearchLinks of(String base, SearchParams params) {
        Map<String, String> current = new LinkedHashMap<>();
        put(current, "q", params.q());
        put(current, "committee", params.committee());
        put(current, "year", params.year());
        put(current, "type", params.type());
        put(current, "outcome", params.outcome());
        put(current, "caseNumber", params.caseNumber());
        put(current, "sort", params.sort());
        return new SearchLinks(base, current);
    }

    private static void put(Map<String, String> map, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            map.put(name, value.toString());
        }
    }

    /** The search with {@code name} set to {@code value}, from its first page. */
    public String with(String name, String value) {
        Map<String, String> next = new LinkedHashMap<>(current);
        next.put(name, value);
        return url(next);
    }

    /** The search without the filter {@code name}, from its first page. */
    public String without(String name) {
        Map<String, String> next = new LinkedHashMap<>(current);
        next.remove(name);
        return url(next);
    }

    public String page(int page) {
        Map<String, String> next = new LinkedHashMap<>(current);
        if (page > 1) {
            next.put("page", Integer.toString(page));
        }
        return url(next);
    }

    public boolean has(String name) {
        return current.containsKey(name);
    }

    public String value(String name) {
        return current.getOrDefault(name, "");
    }

    /** The filters in force (everything but the words and the sort), for hidden fields and "remove" links. */
    public Map<String, String> filters() {
        Map<String, String> filters = new LinkedHashMap<>(current);
        filters.remove("q");
        filters.remove("sort");
        return filters;
    }

    private String url(Map<String, String> parameters) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(base);
        parameters.forEach(builder::queryParam);
        return builder.encode().build().toUriString();
    }
}
