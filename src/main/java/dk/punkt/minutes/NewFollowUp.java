package dk.punkt.minutes;

import java.time.LocalDate;

/** Command: create a follow-up from an item's decision; a due date, a target meeting, or both. */
public record NewFollowUp(long itemId, String text, String owner, LocalDate dueDate, Long targetMeetingId) {}
