package dk.punkt.minutes;

import java.time.Instant;

/** Item {@code fromItemId} was referred (sagsgang) to committee {@code toCommitteeId} as draft {@code toItemId}. */
public record ReferralView(long fromItemId, Long fromMeetingId, long toItemId, long toCommitteeId, Instant at) {}
