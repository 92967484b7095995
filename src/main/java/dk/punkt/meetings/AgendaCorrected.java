package dk.punkt.meetings;

import java.time.Instant;

/** A published agenda was sent out again as a dated correction (rettelse), with the reason readers see. */
public record AgendaCorrected(long meetingId, long committeeId, String reason, Instant at) {}
