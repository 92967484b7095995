package dk.punkt.audit.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.configuration.Configuration;

/** Each audited entity's {@link AuditTableCopy}, built the first time a transaction needs it. */
final class AuditTableCopies {

    private final Configuration envers;
    private final Map<String, AuditTableCopy> byEntity = new ConcurrentHashMap<>();

    AuditTableCopies(Configuration envers) {
        this.envers = envers;
    }

    AuditTableCopy of(SessionFactoryImplementor factory, String entityName) {
        return byEntity.computeIfAbsent(entityName, name -> AuditTableCopy.of(factory, envers, name));
    }
}
