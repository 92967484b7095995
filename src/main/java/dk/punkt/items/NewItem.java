package dk.punkt.items;

import java.util.List;

/**
 * Command to create an agenda item. {@code meetingId}, {@code caseNumber}, {@code type}, {@code responsible},
 * {@code minutes}, {@code sections} and {@code recommendation} may be null.
 */
public record NewItem(
        long committeeId,
        Long meetingId,
        String title,
        String caseNumber,
        ItemType type,
        String responsible,
        Integer minutes,
        boolean closed,
        List<ItemView.Section> sections,
        ItemView.Recommendation recommendation) {}
