package dk.punkt.search;

import dk.punkt.items.ItemType;
import dk.punkt.minutes.Outcome;

/**
 * A search: the words (simple query syntax: words must all occur, {@code "…"} for a phrase, {@code -word} to
 * exclude, {@code word*} for a prefix) and optional filters. {@code caseNumber} is a whole case number or a KLE
 * prefix such as {@code 00.01}. {@code page} counts from 1.
 */
public record SearchQuery(
        String text,
        Long committeeId,
        Integer year,
        ItemType type,
        Outcome outcome,
        String caseNumber,
        Sort sort,
        int page) {

    public static final int PAGE_SIZE = 20;

    public enum Sort {
        RELEVANCE,
        DATE
    }

    public SearchQuery {
        text = text == null ? "" : text.strip();
        caseNumber = caseNumber == null || caseNumber.isBlank() ? null : caseNumber.strip();
        sort = sort == null ? Sort.RELEVANCE : sort;
        page = Math.max(1, page);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, Sort.RELEVANCE, 1);
    }

    public boolean isEmpty() {
        return text.isEmpty()
                && committeeId == null
                && year == null
                && type == null
                && outcome == null
                && caseNumber == null;
    }
}
