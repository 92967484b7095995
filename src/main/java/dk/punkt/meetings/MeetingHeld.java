package dk.punkt.meetings;

import java.time.Instant;

/** A meeting was marked as held (AFHOLDT). */
public record MeetingHeld(long meetingId, long committeeId, Instant at) {}
