package dk.punkt.audit.internal;

import java.util.List;
import java.util.Map;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/** Registers {@link SetBasedAuditListeners} in place of Envers' own listener registration. */
@Component
class AuditListenerRegistration implements HibernatePropertiesCustomizer {

    @Override
    public void customize(Map<String, Object> properties) {
        properties.put("hibernate.envers.autoRegisterListeners", "false");
        properties.put(
                "hibernate.integrator_provider", (IntegratorProvider) () -> List.of(new SetBasedAuditListeners()));
    }
}
