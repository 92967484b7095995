package dk.punkt.audit;

import dk.punkt.audit.internal.BulkAuditScope;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit trail of a bulk write (an import), written set-based: while {@link #call} runs, the transactions it
 * runs note the audited rows they insert or change by id, and as each commits, every audited table's rows are
 * copied into its audit table with one {@code insert … select}, instead of Envers building and inserting an audit
 * entity per row. The audit tables get the same rows Envers writes (one per row and revision: ADD, or MOD for a row
 * that existed before, in its final state; DEL with the state at deletion), in the transaction's one revision.
 */
@Component
public class BulkAudit {

    /**
     * Runs {@code work}, which begins and commits its own transactions, with their audit trail written set-based.
     *
     * @throws IllegalStateException if a transaction is already running: its earlier rows went to Envers
     */
    public <T> T call(Supplier<T> work) {
        if (!BulkAuditScope.isActive() && TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A bulk audit must begin outside a transaction, not inside one");
        }
        return BulkAuditScope.during(work);
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
