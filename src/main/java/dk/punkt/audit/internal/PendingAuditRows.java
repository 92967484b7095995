package dk.punkt.audit.internal;

import dk.punkt.audit.PunktRevision;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.boot.internal.EnversService;
import org.hibernate.event.spi.EventSource;

/**
 * The audit rows one transaction owes while {@link dk.punkt.audit.BulkAudit} runs: the ids of the audited rows it
 * inserted (ADD) and changed (MOD), per entity. As the transaction commits, after Hibernate's last flush, each
 * entity's rows are copied into its audit table in their final state, as Envers would have written them: one row
 * per entity and revision, an insert later changed in the same transaction still an ADD.
 */
final class PendingAuditRows implements BeforeTransactionCompletionProcess {

    private final EnversService envers;
    private final AuditTableCopies copies;
    private final Map<String, Set<Object>> added = new LinkedHashMap<>();
    private final Map<String, Set<Object>> modified = new LinkedHashMap<>();

    PendingAuditRows(EnversService envers, AuditTableCopies copies) {
        this.envers = envers;
        this.copies = copies;
    }

    void added(String entityName, Object id) {
        added.computeIfAbsent(entityName, name -> new LinkedHashSet<>()).add(id);
    }

    /** A change to a row this transaction did not insert (one it did is written as inserted, in its final state). */
    void modified(String entityName, Object id) {
        if (!isAdded(entityName, id)) {
            modified.computeIfAbsent(entityName, name -> new LinkedHashSet<>()).add(id);
        }
    }

    boolean isAdded(String entityName, Object id) {
        Set<Object> ids = added.get(entityName);
        return ids != null && ids.contains(id);
    }

    /** The row is deleted: it gets no ADD or MOD row (a deleted row that existed before gets Envers' DEL row). */
    void deleted(String entityName, Object id) {
        for (Map<String, Set<Object>> idsByEntity : List.of(added, modified)) {
            Set<Object> ids = idsByEntity.get(entityName);
            if (ids != null) {
                ids.remove(id);
            }
        }
    }

    @Override
    public void doBeforeTransactionCompletion(SessionImplementor session) {
        if (isEmpty(added) && isEmpty(modified)) {
            return;
        }
        // The transaction's revision, the same one Envers uses for any row it writes itself (deletions).
        var revision = (PunktRevision)
                envers.getAuditProcessManager().get((EventSource) session).getCurrentRevisionData(session, true);
        // The revision row must be in the database before the audit rows that refer to it.
        session.flush();
        session.doWork(connection -> {
            copy(session, connection, revision.getId(), RevisionType.ADD, added);
            copy(session, connection, revision.getId(), RevisionType.MOD, modified);
        });
    }

    private void copy(
            SessionImplementor session,
            Connection connection,
            long revision,
            RevisionType type,
            Map<String, Set<Object>> idsByEntity)
            throws SQLException {
        for (var entry : idsByEntity.entrySet()) {
            if (!entry.getValue().isEmpty()) {
                copies.of(session.getFactory(), entry.getKey()).copy(connection, revision, type, entry.getValue());
            }
        }
    }

    private static boolean isEmpty(Map<String, Set<Object>> idsByEntity) {
        return idsByEntity.values().stream().allMatch(Set::isEmpty);
    }
}
