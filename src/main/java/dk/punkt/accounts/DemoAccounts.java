package dk.punkt.accounts;

import java.util.EnumSet;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo users, one for each role, created with the demo data and shown on the login page, but only while
 * Punkt runs in demo mode ({@code punkt.demo=true}).
 */
@Component
public class DemoAccounts {

    public static final String PASSWORD = "demo";

    /** A demo login as shown on the login page. */
    public record DemoLogin(String username, String password, String displayName, Role role) {}

    private static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("sekretaer", PASSWORD, "Sara Holm", Role.SECRETARY),
            new DemoLogin("indstiller", PASSWORD, "Henrik Harder", Role.RECOMMENDER),
            new DemoLogin("sagsbehandler", PASSWORD, "Mads Kofoed", Role.AUTHOR),
            new DemoLogin("medlem", PASSWORD, "Marie Aasøe", Role.MEMBER),
            new DemoLogin("medarbejder", PASSWORD, "Jonas Berg", Role.EMPLOYEE));

    private final AccountService accounts;
    private final boolean demo;

    DemoAccounts(AccountService accounts, @Value("${punkt.demo:true}") boolean demo) {
        this.accounts = accounts;
        this.demo = demo;
    }

    /** The logins to show; empty when not in demo mode. */
    public List<DemoLogin> logins() {
        return demo ? LOGINS : List.of();
    }

    /**
     * Creates the demo users that do not exist yet. The recommender also sits in the committees as a member, as
     * the Kommunaldirektør does in Chefforum.
     */
    @Transactional
    public List<CurrentUser> createMissing() {
        return LOGINS.stream()
                .filter(login -> !accounts.exists(login.username()))
                .map(login -> accounts.create(
                        new NewAccount(login.username(), login.displayName(), login.password(), rolesOf(login.role()))))
                .toList();
    }

    private static EnumSet<Role> rolesOf(Role role) {
        return role == Role.RECOMMENDER ? EnumSet.of(Role.RECOMMENDER, Role.MEMBER) : EnumSet.of(role);
    }
}
