package dk.punkt.oparl.internal;

import dk.punkt.meetings.AgendaCorrected;
import dk.punkt.meetings.AgendaPublished;
import dk.punkt.meetings.MeetingCancelled;
import dk.punkt.meetings.MeetingHeld;
import dk.punkt.meetings.MinutesApproved;
import dk.punkt.meetings.MinutesCorrected;
import dk.punkt.meetings.SupplementaryAgendaPublished;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the ledger current. A request refreshes it first when something was published since the last pass (the
 * meetings events mark it stale at once) or when the last pass is older than {@code punkt.oparl.refresh-interval}
 * (changes without an event: committee members, a decision typed after the meeting). A pass is one transaction; on
 * several nodes a pass that collides with another node's insert is dropped and the next request tries again.
 */
@Configuration
@EnableConfigurationProperties(OparlSettings.class)
class OparlRefresh {

    private static final Logger log = LoggerFactory.getLogger(OparlRefresh.class);

    private final OparlLedger ledger;
    private final PublicObjects objects;
    private final TransactionTemplate transactions;
    private final OparlSettings settings;
    private final Clock clock = Clock.systemUTC();

    private volatile boolean stale = true;
    private volatile Instant lastPass = Instant.EPOCH;

    OparlRefresh(OparlLedger ledger, PublicObjects objects, TransactionTemplate transactions, OparlSettings settings) {
        this.ledger = ledger;
        this.objects = objects;
        this.transactions = transactions;
        this.settings = settings;
    }

    /** Refreshes the ledger if it may be behind. */
    void refreshIfStale() {
        if (behind()) {
            synchronized (this) {
                // Requests that waited for another request's pass do not run one more.
                if (behind()) {
                    refresh();
                }
            }
        }
    }

    private boolean behind() {
        return stale || clock.instant().isAfter(lastPass.plus(settings.refreshInterval()));
    }

    /** One full pass over everything public now. */
    synchronized void refresh() {
        Instant start = clock.instant();
        stale = false;
        try {
            transactions.executeWithoutResult(tx -> {
                OparlLedger.Pass pass = ledger.begin(start);
                objects.offerAll(pass);
                pass.finish();
            });
            lastPass = start;
        } catch (DataIntegrityViolationException e) {
            stale = true;
            log.warn("OParl ledger pass collided with another one; the next request tries again: {}", e.getMessage());
        } catch (RuntimeException e) {
            stale = true;
            throw e;
        }
    }

    private void markStale() {
        stale = true;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AgendaPublished event) {
        markStale();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AgendaCorrected event) {
        markStale();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(SupplementaryAgendaPublished event) {
        markStale();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(MeetingHeld event) {
        markStale();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(MinutesApproved event) {
        markStale();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(MinutesCorrected event) {
        markStale();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(MeetingCancelled event) {
        markStale();
    }
}
