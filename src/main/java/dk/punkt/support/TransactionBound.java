package dk.punkt.support;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.Session;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A map that lives as long as the current transaction: for what a bulk write (an import's batch of fifty meetings)
 * would otherwise look up again for every meeting or item. Bound to the transaction's Hibernate session as well, so a
 * nested new transaction (another session, e.g. {@code REQUIRES_NEW}) does not see the outer one's map: it gets an
 * unbound map of its own.
 */
public final class TransactionBound {

    private TransactionBound() {}

    private record Bound(Object session, Map<?, ?> map) {}

    /**
     * The map {@code owner} keeps for the current transaction, empty at first; outside a transaction a new map that
     * nothing keeps.
     */
    public static <K, V> Map<K, V> map(Object owner, EntityManager entityManager) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashMap<>();
        }
        Object session = entityManager.unwrap(Session.class);
        if (TransactionSynchronizationManager.getResource(owner) instanceof Bound bound) {
            return bound.session() == session ? cast(bound.map()) : new HashMap<>();
        }
        Map<K, V> map = new HashMap<>();
        TransactionSynchronizationManager.bindResource(owner, new Bound(session, map));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(owner);
            }
        });
        return map;
    }

    /** The map {@code owner} keeps for the current transaction if it has made one, else an empty map (none is made). */
    public static <K, V> Map<K, V> existing(Object owner, EntityManager entityManager) {
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.getResource(owner) instanceof Bound bound
                && bound.session() == entityManager.unwrap(Session.class)) {
            return cast(bound.map());
        }
        return new HashMap<>();
    }

    @SuppressWarnings("unchecked")
    private static <K, V> Map<K, V> cast(Map<?, ?> map) {
        return (Map<K, V>) map;
    }
}
