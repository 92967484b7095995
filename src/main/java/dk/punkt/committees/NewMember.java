package dk.punkt.committees;

/**
 * Command: add a member to a committee; {@code userId} only when the person can log in, {@code email} only when they
 * get the committee's messages (agendas sent out) by e-mail.
 */
public record NewMember(String name, String title, MemberRole role, Long userId, String email) {

    public NewMember(String name, String title, MemberRole role, Long userId) {
        this(name, title, role, userId, null);
    }
}
