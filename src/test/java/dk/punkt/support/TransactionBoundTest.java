package dk.punkt.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.persistence.EntityManager;
import java.util.Map;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

class TransactionBoundTest {

    private final Object owner = new Object();

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationUtils.invokeAfterCompletion(
                    TransactionSynchronizationManager.getSynchronizations(),
                    TransactionSynchronization.STATUS_COMMITTED);
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void outsideATransactionNothingIsKept() {
        EntityManager entityManager = withSession(mock(Session.class));
        TransactionBound.<String, String>map(owner, entityManager).put("a", "b");

        assertThat(TransactionBound.<String, String>map(owner, entityManager)).isEmpty();
        assertThat(TransactionBound.<String, String>existing(owner, entityManager))
                .isEmpty();
    }

    @Test
    void oneTransactionKeepsOneMapPerOwnerUntilItCompletes() {
        EntityManager entityManager = withSession(mock(Session.class));
        TransactionSynchronizationManager.initSynchronization();

        assertThat(TransactionBound.<String, String>existing(owner, entityManager))
                .isEmpty();
        TransactionBound.<String, String>map(owner, entityManager).put("a", "b");

        assertThat(TransactionBound.<String, String>map(owner, entityManager)).containsEntry("a", "b");
        assertThat(TransactionBound.<String, String>existing(owner, entityManager))
                .containsEntry("a", "b");
        assertThat(TransactionBound.<String, String>map(new Object(), entityManager))
                .isEmpty();

        endTransaction();
        TransactionSynchronizationManager.initSynchronization();
        assertThat(TransactionBound.<String, String>map(owner, entityManager)).isEmpty();
    }

    @Test
    void aNestedTransactionWithAnotherSessionDoesNotSeeTheOuterMap() {
        EntityManager outer = withSession(mock(Session.class));
        EntityManager nested = withSession(mock(Session.class));
        TransactionSynchronizationManager.initSynchronization();
        TransactionBound.<String, String>map(owner, outer).put("a", "b");

        Map<String, String> nestedMap = TransactionBound.map(owner, nested);
        nestedMap.put("c", "d");

        assertThat(nestedMap).doesNotContainKey("a");
        assertThat(TransactionBound.<String, String>existing(owner, nested)).isEmpty();
        assertThat(TransactionBound.<String, String>map(owner, outer)).containsOnlyKeys("a");
    }

    private static EntityManager withSession(Session session) {
        EntityManager entityManager = mock(EntityManager.class);
        when(entityManager.unwrap(Session.class)).thenReturn(session);
        return entityManager;
    }
}
