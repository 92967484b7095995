package dk.punkt.search.internal;

import dk.punkt.search.SearchResult;

/**
 * What the search page shows: the words, the result (null before anything was searched), the links, where hits
 * link to, and whether this is the public search.
 */
public record SearchPage(
        String q,
        SearchResult result,
        SearchLinks links,
        String meetingBase,
        boolean publicSearch,
        String committeeFilterName,
        boolean admin) {

    public String hitUrl(SearchResult.Hit hit) {
        return meetingBase + hit.meetingId() + "#punkt-" + hit.number();
    }
}
