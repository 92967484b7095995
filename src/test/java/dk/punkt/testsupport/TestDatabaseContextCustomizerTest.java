package dk.punkt.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TestDatabaseContextCustomizerTest {

    @AfterEach
    void clearProperty() {
        System.clearProperty(TestDatabase.PROPERTY);
    }

    @Test
    void customizersForTheSameDatabaseAreEqualSoSpringReusesTheContext() {
        var factory = new TestDatabaseContextCustomizerFactory();
        var first = factory.createContextCustomizer(Object.class, List.of());
        var second = factory.createContextCustomizer(String.class, List.of());

        assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
        assertThat(first).isNotEqualTo(new TestDatabaseContextCustomizer(TestDatabase.POSTGRES));
    }

    @Test
    void databaseComesFromTheSystemPropertyWithH2AsDefault() {
        assertThat(TestDatabase.current()).isEqualTo(TestDatabase.H2);
        System.setProperty(TestDatabase.PROPERTY, "postgres");
        assertThat(TestDatabase.current()).isEqualTo(TestDatabase.POSTGRES);
        System.setProperty(TestDatabase.PROPERTY, "H2");
        assertThat(TestDatabase.current()).isEqualTo(TestDatabase.H2);
    }

    @Test
    void testsOnPostgresUseTheProductionProfilesDriverSettings() {
        assertThat(TestDatabaseContextCustomizer.postgresDriverProperties())
                .containsEntry("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", "true");
    }

    @Test
    void unknownDatabaseIsRefusedWithItsName() {
        System.setProperty(TestDatabase.PROPERTY, "oracle");
        assertThatIllegalArgumentException().isThrownBy(TestDatabase::current).withMessageContaining("'oracle'");
    }
}
