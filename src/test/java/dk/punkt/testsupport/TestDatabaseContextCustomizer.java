package dk.punkt.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Points one Spring context at a fresh database and a fresh data directory. The fresh names are made when the
 * context is built, not here, so two customizers for the same database are equal and Spring's context cache keeps
 * working (same configuration, same context).
 */
final class TestDatabaseContextCustomizer implements ContextCustomizer {

    static final String PROPERTY_SOURCE_NAME = "punktTestDatabase";

    private final TestDatabase database;

    TestDatabaseContextCustomizer(TestDatabase database) {
        this.database = Objects.requireNonNull(database);
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
        Map<String, Object> properties = new LinkedHashMap<>();
        switch (database) {
            case H2 -> {
                properties.put(
                        "spring.datasource.url", "jdbc:h2:mem:punkt-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
                properties.put("spring.datasource.username", "sa");
                properties.put("spring.datasource.password", "");
                properties.put("spring.datasource.driver-class-name", "org.h2.Driver");
            }
            case POSTGRES -> {
                properties.put("spring.datasource.url", EmbeddedPostgresServer.createDatabase());
                properties.put("spring.datasource.username", EmbeddedPostgresServer.USER);
                properties.put("spring.datasource.password", EmbeddedPostgresServer.PASSWORD);
                properties.put("spring.datasource.driver-class-name", "org.postgresql.Driver");
                properties.putAll(postgresDriverProperties());
            }
        }
        // Spring caches many contexts per run; small pools keep the PostgreSQL connection count bounded.
        properties.put("spring.datasource.hikari.maximum-pool-size", "5");
        properties.put("spring.datasource.hikari.minimum-idle", "1");
        properties.put("punkt.data-dir", newDataDirectory().toString());

        MutablePropertySources sources = context.getEnvironment().getPropertySources();
        MapPropertySource source = new MapPropertySource(PROPERTY_SOURCE_NAME, properties);
        // Above application.properties and the environment, but below a test's own @SpringBootTest(properties).
        if (sources.contains(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME)) {
            sources.addAfter(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME, source);
        } else {
            sources.addFirst(source);
        }
    }

    /**
     * The PostgreSQL driver's settings of the production profile (application-postgres.properties), so the tests on
     * PostgreSQL run with them: the profile itself is not active in tests, which set the connection here.
     */
    static Map<String, String> postgresDriverProperties() {
        try {
            Properties profile =
                    PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-postgres.properties"));
            Map<String, String> driver = new LinkedHashMap<>();
            profile.stringPropertyNames().stream()
                    .filter(name -> name.startsWith("spring.datasource.hikari.data-source-properties."))
                    .forEach(name -> driver.put(name, profile.getProperty(name)));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read application-postgres.properties", e);
        }
    }

    TestDatabase database() {
        return database;
    }

    private static Path newDataDirectory() {
        try {
            Path dir = Files.createTempDirectory("punkt-test-data-");
            // Deleted at JVM exit rather than at context close: beans may still write there while shutting down.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(dir), "delete-" + dir));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a temporary data directory for a test context", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Best effort at JVM exit; a leftover temp directory is harmless.
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TestDatabaseContextCustomizer that && database == that.database;
    }

    @Override
    public int hashCode() {
        return Objects.hash(TestDatabaseContextCustomizer.class, database);
    }

    @Override
    public String toString() {
        return "TestDatabaseContextCustomizer[" + database + "]";
    }
}
