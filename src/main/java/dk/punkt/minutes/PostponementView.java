package dk.punkt.minutes;

import java.time.Instant;
import java.time.LocalDate;

/** A meeting postponed the item (udsat) on {@code meetingDate}; the item went back to the backlog. */
public record PostponementView(long itemId, long meetingId, LocalDate meetingDate, Instant postponedAt) {}
