package dk.punkt.search;

import dk.punkt.search.internal.EntryBuilder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the search entries in step with the meetings. Other modules' events call {@link #reindexMeeting} (wired in
 * {@code internal.SearchEvents} and {@code internal.SearchUpdates}); a full rebuild is {@code internal.ReindexJob}.
 */
@Service
public class SearchIndexer {

    private final EntryBuilder entries;
    private final TransactionTemplate newTransaction;

    /**
     * Rebuilds of one meeting run one at a time, each in a transaction of its own that commits before the next
     * starts: a meeting's events (request thread), decision and appendix updates (background) and appendix text
     * (extraction thread) may otherwise race to insert the same new entry.
     */
    private final Object[] locks = new Object[64];

    SearchIndexer(EntryBuilder entries, PlatformTransactionManager transactions) {
        this.entries = entries;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    /**
     * Rebuilds the entries of one meeting's items from its document, in a new transaction: a published meeting's
     * items are searchable, a planned (or deleted) meeting's are not. Returns the number of entries the meeting now
     * has.
     */
    public int reindexMeeting(long meetingId) {
        synchronized (locks[Math.floorMod(Long.hashCode(meetingId), locks.length)]) {
            Integer count = newTransaction.execute(status -> entries.rebuild(meetingId));
            return count == null ? 0 : count;
        }
    }
}
