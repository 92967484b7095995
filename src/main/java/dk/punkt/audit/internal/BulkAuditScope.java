package dk.punkt.audit.internal;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.envers.boot.internal.EnversService;
import org.hibernate.event.spi.EventSource;

/**
 * Whether the current thread writes its audit trail set-based ({@link dk.punkt.audit.BulkAudit}), and the pending
 * audit rows of each of its transactions' sessions. Thread-bound because Hibernate creates the listeners that ask,
 * not Spring.
 */
public final class BulkAuditScope {

    private static final ThreadLocal<Map<SharedSessionContractImplementor, PendingAuditRows>> SESSIONS =
            new ThreadLocal<>();

    private BulkAuditScope() {}

    public static boolean isActive() {
        return SESSIONS.get() != null;
    }

    /** Runs {@code work} with set-based auditing on this thread (still on, if it already was). */
    public static <T> T during(Supplier<T> work) {
        if (isActive()) {
            return work.get();
        }
        SESSIONS.set(new IdentityHashMap<>());
        try {
            return work.get();
        } finally {
            SESSIONS.remove();
        }
    }

    /** The session's pending audit rows, created as it first needs them; null when not in a bulk audit. */
    static PendingAuditRows pending(EventSource session, EnversService envers, AuditTableCopies copies) {
        Map<SharedSessionContractImplementor, PendingAuditRows> sessions = SESSIONS.get();
        if (sessions == null) {
            return null;
        }
        PendingAuditRows rows = sessions.get(session);
        if (rows == null) {
            // Envers' own process (rows it writes itself: deletions) is registered first, so it completes first.
            envers.getAuditProcessManager().get(session);
            rows = new PendingAuditRows(envers, copies);
            session.getActionQueue().registerProcess(rows);
            session.getActionQueue().registerProcess((success, completed) -> sessions.remove(session));
            sessions.put(session, rows);
        }
        return rows;
    }
}
