package dk.punkt.committees;

/** A member's role in one committee. */
public enum MemberRole {
    CHAIR,
    MEMBER,
    SECRETARY
}
