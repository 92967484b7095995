package dk.punkt.items;

import java.util.List;

/**
 * Command to change a draft's content: everything its author writes. The committee stays; {@code meetingId} null
 * means the committee's backlog. {@code caseNumber}, {@code type}, {@code responsible}, {@code minutes},
 * {@code sections} and {@code recommendation} may be null.
 */
public record ItemChanges(
        Long meetingId,
        String title,
        String caseNumber,
        ItemType type,
        String responsible,
        Integer minutes,
        boolean closed,
        List<ItemView.Section> sections,
        ItemView.Recommendation recommendation) {}
