package dk.punkt.search;

import java.time.LocalDate;
import java.util.List;

/** One page of hits, the total over all pages, and the facet counts over all hits. */
public record SearchResult(long total, int page, int pageSize, List<Hit> hits, Facets facets, long tookMillis) {

    public SearchResult {
        hits = List.copyOf(hits);
    }

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    /**
     * An item found. {@code snippet} is HTML: the matching passage with its text escaped and the matched words in
     * {@code <mark>}; it never comes from closed text the searcher may not see. {@code closed} items found by someone
     * without access show only their title. {@code titleHtml} is the title escaped, with matched words marked.
     */
    public record Hit(
            long itemId,
            long meetingId,
            long committeeId,
            String committee,
            LocalDate date,
            int number,
            String title,
            String titleHtml,
            String caseNumber,
            boolean closed,
            String snippet) {}

    /** Facet counts; a value's {@code key} is what the filter parameter takes. */
    public record Facets(
            List<FacetValue> committees,
            List<FacetValue> years,
            List<FacetValue> types,
            List<FacetValue> outcomes,
            List<FacetValue> caseGroups) {}

    public record FacetValue(String key, String label, long count) {}
}
