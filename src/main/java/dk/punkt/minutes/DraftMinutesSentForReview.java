package dk.punkt.minutes;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The secretary sent the draft minutes of a held meeting to the committee's members for comments until
 * {@code deadline} (inclusive). A notifications module can listen and tell the members.
 */
public record DraftMinutesSentForReview(long meetingId, long committeeId, LocalDate deadline, Instant at) {}
