package dk.punkt.minutes;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A follow-up (opfølgning) of a decision.
 *
 * @param meetingId the meeting whose decision created it
 * @param dueDate when it is due, or null when a target meeting is given instead
 * @param targetMeetingId the meeting that should take it up, or null
 */
public record FollowUpView(
        long id,
        long itemId,
        Long meetingId,
        long committeeId,
        String text,
        String owner,
        LocalDate dueDate,
        Long targetMeetingId,
        FollowUpStatus status,
        Instant createdAt,
        long version) {}
