package dk.punkt.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class AccountServiceIT {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAdminExistsAfterTheFirstStart() {
        assertThat(accounts.findByUsername("admin"))
                .hasValueSatisfying(admin -> assertThat(admin.roles()).containsExactly(Role.ADMIN));
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        accounts.create(new NewAccount("hash.check", "Hash Check", "hemmelig1", Set.of(Role.EMPLOYEE)));

        String hash = jdbc.queryForObject(
                "select password_hash from user_account where username = 'hash.check'", String.class);
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("hemmelig1");
    }

    @Test
    void badInputNamesTheFieldAndWritesNothing() {
        long before = jdbc.queryForObject("select count(*) from user_account", Long.class);

        assertThatThrownBy(() -> accounts.create(new NewAccount("Has Space", "X", "secret", Set.of(Role.MEMBER))))
                .hasMessageContaining("username 'Has Space'");
        assertThatThrownBy(() -> accounts.create(new NewAccount("admin", "X", "secret", Set.of(Role.MEMBER))))
                .hasMessageContaining("already taken");
        assertThatThrownBy(() -> accounts.create(new NewAccount("kort", "X", "abc", Set.of(Role.MEMBER))))
                .hasMessageContaining("password");
        assertThatThrownBy(() -> accounts.create(new NewAccount("ingen.roller", "X", "secret", Set.of())))
                .hasMessageContaining("roles");

        assertThat(jdbc.queryForObject("select count(*) from user_account", Long.class))
                .isEqualTo(before);
    }

    @Test
    void demoUsersExistForEveryRoleButAdmin() {
        for (String username : new String[] {"sekretaer", "indstiller", "sagsbehandler", "medlem", "medarbejder"}) {
            assertThat(accounts.findByUsername(username)).as(username).isPresent();
        }
    }
}
