package dk.punkt.minutes;

/** A change in who was present during the meeting. */
public enum PresenceKind {
    ARRIVED_LATE,
    LEFT_EARLY
}
