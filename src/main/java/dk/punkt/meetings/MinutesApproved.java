package dk.punkt.meetings;

import java.time.Instant;

/** A meeting's minutes were approved (REFERAT_GODKENDT) and thereby published. */
public record MinutesApproved(long meetingId, long committeeId, Instant at) {}
