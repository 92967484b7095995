package dk.punkt.accounts;

import java.util.Set;

/** The logged-in user as services and views see it. */
public record CurrentUser(long id, String username, String displayName, Set<Role> roles) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
