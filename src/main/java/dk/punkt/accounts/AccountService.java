package dk.punkt.accounts;

import dk.punkt.accounts.internal.UserAccount;
import dk.punkt.accounts.internal.UserAccountRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users: who they are, creating them, and who is logged in now. */
@Service
@Transactional(readOnly = true)
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,99}");
    static final int MIN_PASSWORD_LENGTH = 4;

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** The logged-in user, if the current request or job has one. */
    public Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return findByUsername(authentication.getName());
    }

    public Optional<CurrentUser> findByUsername(String username) {
        return accounts.findByUsernameIgnoreCase(username).map(UserAccount::toView);
    }

    public boolean exists(String username) {
        return accounts.existsByUsernameIgnoreCase(username);
    }

    /**
     * Creates a user with a bcrypt-hashed password.
     *
     * @throws IllegalArgumentException naming the field that is wrong
     */
    @Transactional
    public CurrentUser create(NewAccount account) {
        String username = account.username() == null ? "" : account.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("username '" + username
                    + "' must be 2–100 characters of lower-case letters, digits, '.', '_' or '-'");
        }
        if (accounts.existsByUsernameIgnoreCase(username)) {
            throw new IllegalArgumentException("username '" + username + "' is already taken");
        }
        if (account.displayName() == null || account.displayName().isBlank()) {
            throw new IllegalArgumentException("displayName must not be blank (user '" + username + "')");
        }
        if (account.password() == null || account.password().length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException(
                    "password must have at least " + MIN_PASSWORD_LENGTH + " characters (user '" + username + "')");
        }
        if (account.roles() == null || account.roles().isEmpty()) {
            throw new IllegalArgumentException("roles must name at least one role (user '" + username + "')");
        }
        UserAccount saved = accounts.save(new UserAccount(
                username,
                account.displayName().strip(),
                passwordEncoder.encode(account.password()),
                account.roles(),
                Instant.now(clock)));
        return saved.toView();
    }
}
