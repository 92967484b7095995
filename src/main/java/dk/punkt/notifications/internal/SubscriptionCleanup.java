package dk.punkt.notifications.internal;

import dk.punkt.notifications.SubscriptionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes never-confirmed subscription requests once their link has expired (they are personal data). */
@Component
class SubscriptionCleanup {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionCleanup.class);

    private final SubscriptionService subscriptions;

    SubscriptionCleanup(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Scheduled(
            fixedDelayString = "${punkt.subscriptions.cleanup-interval:PT1H}",
            initialDelayString = "${punkt.subscriptions.cleanup-interval:PT1H}")
    void removeExpired() {
        int removed = subscriptions.removeExpired();
        if (removed > 0) {
            log.info("Subscriptions: deleted {} unconfirmed request(s) whose link expired", removed);
        }
    }
}
