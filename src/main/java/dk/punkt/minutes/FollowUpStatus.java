package dk.punkt.minutes;

/** Where a follow-up stands. */
public enum FollowUpStatus {
    OPEN,
    DONE,
    CANCELLED
}
