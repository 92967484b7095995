package dk.punkt.items;

import java.util.List;

/**
 * An agenda item as other modules and views see it. {@code sections} hold the free-text sections in document
 * order (their text is the sanitised HTML subset); the recommendation is kept apart because it is structured.
 */
public record ItemView(
        long id,
        long committeeId,
        Long meetingId,
        String title,
        String caseNumber,
        ItemType type,
        String responsible,
        Integer minutes,
        boolean closed,
        ItemState state,
        List<Section> sections,
        Recommendation recommendation,
        List<AppendixView> appendices,
        long version) {

    public record Section(String name, String text) {}

    /** "Kommunaldirektøren indstiller," followed by numbered "at …" clauses. */
    public record Recommendation(String by, List<String> clauses) {}

    /** An appendix (bilag); closed ones are left out of public documents. */
    public record AppendixView(long id, String name, boolean closed, String contentType, long size) {}
}
