package dk.punkt.items;

import java.time.LocalDate;
import java.util.List;

/**
 * What a higher module offers for a meeting's agenda while it is assembled: the minutes module's open follow-ups
 * (opfølgning) that target the meeting. Implementations are beans; the agenda page shows what they suggest.
 */
public interface AgendaSuggestions {

    /** Suggestions for the meeting's agenda, in the order they should be shown. */
    List<Suggestion> forMeeting(long meetingId);

    /**
     * One suggestion: its text, who owns it, its due date (may be null), the item whose decision it came from (may be
     * null) with its title and case number, and that item's meeting (may be null).
     */
    record Suggestion(
            long id,
            String text,
            String owner,
            LocalDate dueDate,
            Long originItemId,
            String originTitle,
            String originCaseNumber,
            Long originMeetingId,
            LocalDate originMeetingDate) {}
}
