package dk.punkt.meetings;

import java.time.Instant;

/** The agenda of a meeting was sent out (the meeting became DAGSORDEN_UDSENDT). */
public record AgendaPublished(long meetingId, long committeeId, Instant at) {}
