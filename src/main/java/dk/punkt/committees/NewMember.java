package dk.punkt.committees;

/** Command: add a member to a committee; {@code userId} only when the person can log in. */
public record NewMember(String name, String title, MemberRole role, Long userId) {}
