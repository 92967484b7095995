package dk.punkt.meetings;

import java.time.Instant;

/** Approved minutes were corrected: a new, dated version with a reason; the earlier one stays readable. */
public record MinutesCorrected(long meetingId, long committeeId, String reason, Instant at) {}
