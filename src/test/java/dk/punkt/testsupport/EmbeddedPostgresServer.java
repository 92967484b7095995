package dk.punkt.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * One embedded PostgreSQL server per JVM, started on first use. Each Spring context gets its own database in it,
 * so contexts never see each other's data. Zonky stops the server and removes its files at JVM exit.
 */
final class EmbeddedPostgresServer {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres";

    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {}

    /** Creates a fresh, empty database and returns its JDBC URL. */
    static synchronized String createDatabase() {
        String name = "punkt_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name + " in embedded PostgreSQL", e);
        }
        return "jdbc:postgresql://localhost:" + server().getPort() + "/" + name;
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
                if ("1".equals(System.getenv("PUNKT_BENCH_PG_STATEMENTS"))) {
                    // Benchmarks only: lets ImportBenchIT print where the server's time went.
                    builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
                    // Statements run by triggers too (foreign key checks).
                    builder.setServerConfig("pg_stat_statements.track", "all");
                }
                server = builder
                        // Many cached Spring contexts each hold a small connection pool.
                        .setServerConfig("max_connections", "500")
                        // Durability is worthless for throw-away test data; speed is not.
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("timezone", "UTC")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL (zonky)", e);
            }
        }
        return server;
    }
}
