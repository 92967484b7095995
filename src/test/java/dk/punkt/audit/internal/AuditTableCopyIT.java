package dk.punkt.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.boot.internal.EnversService;
import org.hibernate.persister.entity.EntityPersister;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Every audited entity can have its audit rows copied set-based (a new one that cannot fails here, named). */
@SpringBootTest
class AuditTableCopyIT {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void everyAuditedEntityHasACopyStatement() {
        SessionFactoryImplementor factory = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
        EnversService envers = factory.getServiceRegistry().getService(EnversService.class);
        AuditTableCopies copies = new AuditTableCopies(envers.getConfig());
        List<String> audited = factory.getMappingMetamodel()
                .streamEntityDescriptors()
                .map(EntityPersister::getEntityName)
                .filter(envers.getEntitiesConfigurations()::isVersioned)
                .toList();

        assertThat(audited).hasSizeGreaterThanOrEqualTo(14);
        for (String entity : audited) {
            AuditTableCopy copy = copies.of(factory, entity);
            assertThat(copy.sql())
                    .as(entity)
                    .matches("insert into \\w+_aud \\(rev, revtype, .*\\) select .* = any\\(\\?\\)");
        }
    }
}
