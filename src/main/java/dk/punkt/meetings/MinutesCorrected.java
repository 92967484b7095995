package dk.punkt.meetings;

import java.time.Instant;

/** Approved minutes were corrected: a new version of the minutes, with the reason for the correction. */
public record MinutesCorrected(long meetingId, long committeeId, String reason, Instant at) {}
