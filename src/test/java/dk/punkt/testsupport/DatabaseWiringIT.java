package dk.punkt.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Proves the automatic test database wiring: the chosen database, migrated by Flyway, and a healthy app. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseWiringIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRestTemplate http;

    @Value("${punkt.data-dir}")
    Path dataDir;

    @Test
    void connectsToTheDatabaseNamedByTheSystemProperty() throws SQLException {
        String expected = switch (TestDatabase.current()) {
            case H2 -> "H2";
            case POSTGRES -> "PostgreSQL";
        };
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expected);
            if (TestDatabase.current() == TestDatabase.POSTGRES) {
                assertThat(connection.getMetaData().getDatabaseMajorVersion()).isGreaterThanOrEqualTo(15);
            } else {
                assertThat(connection.getMetaData().getURL()).startsWith("jdbc:h2:mem:punkt-");
            }
        }
    }

    @Test
    void flywayMigratedTheSchema() {
        Integer applied =
                jdbc.queryForObject("select count(*) from \"flyway_schema_history\" where \"success\"", Integer.class);
        assertThat(applied).isPositive();
    }

    @Test
    void dataDirectoryIsAFreshTemporaryDirectory() {
        assertThat(dataDir).isAbsolute();
        assertThat(Files.isDirectory(dataDir)).isTrue();
        assertThat(dataDir.getFileName().toString()).startsWith("punkt-test-data-");
    }

    @Test
    void healthIsUp() {
        ResponseEntity<String> response = http.getForEntity("/actuator/health", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("\"status\":\"UP\"");
    }
}
