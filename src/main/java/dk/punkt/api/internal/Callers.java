package dk.punkt.api.internal;

import dk.punkt.accounts.AccountService;
import dk.punkt.accounts.CurrentUser;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;

/** The authenticated caller of an API request. */
@Component
class Callers {

    private final AccountService accounts;

    Callers(AccountService accounts) {
        this.accounts = accounts;
    }

    /** The caller; the security chain lets no anonymous request through, so a miss is a 401 all the same. */
    CurrentUser current() {
        return accounts.current()
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No authenticated user"));
    }
}
