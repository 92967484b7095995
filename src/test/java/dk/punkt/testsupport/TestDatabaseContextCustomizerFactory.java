package dk.punkt.testsupport;

import java.util.List;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * Gives every Spring test context its own database (H2 or embedded PostgreSQL, by {@code punkt.test.database}) and
 * its own data directory, so tests need no datasource configuration. Registered in
 * {@code META-INF/spring.factories}.
 */
public class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new TestDatabaseContextCustomizer(TestDatabase.current());
    }
}
