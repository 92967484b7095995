package dk.punkt.accounts;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the {@code admin} account on the first start: password from {@code PUNKT_ADMIN_PASSWORD}
 * ({@code punkt.admin-password}), or a random one that is shown once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AdminBootstrap implements ApplicationRunner {

    public static final String ADMIN_USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountService accounts;
    private final String configuredPassword;
    private String firstStartNotice;

    AdminBootstrap(AccountService accounts, @Value("${punkt.admin-password:}") String configuredPassword) {
        this.accounts = accounts;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists(ADMIN_USERNAME)) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? randomPassword() : configuredPassword;
        accounts.create(new NewAccount(ADMIN_USERNAME, "Administrator", password, EnumSet.of(Role.ADMIN)));
        firstStartNotice = generated
                ? "log ind som admin med adgangskoden " + password + " (vises kun denne ene gang)"
                : "log ind som admin med adgangskoden fra PUNKT_ADMIN_PASSWORD";
        log.debug("Created the admin account");
    }

    /** What to tell the operator about the admin login, only on the start that created it. */
    public Optional<String> firstStartNotice() {
        return Optional.ofNullable(firstStartNotice);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
