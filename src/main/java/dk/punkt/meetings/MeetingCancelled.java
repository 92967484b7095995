package dk.punkt.meetings;

import java.time.Instant;

/** A meeting was cancelled (aflyst); {@code reason} may be null. */
public record MeetingCancelled(long meetingId, long committeeId, String reason, Instant at) {}
