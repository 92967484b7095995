package dk.punkt.accounts;

import java.util.Set;

/** A user to create; the password is plain text here and hashed by the service. */
public record NewAccount(String username, String displayName, String password, Set<Role> roles) {}
