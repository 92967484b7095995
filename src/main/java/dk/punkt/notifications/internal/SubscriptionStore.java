package dk.punkt.notifications.internal;

import dk.punkt.committees.CommitteeView;
import dk.punkt.notifications.Outbox;
import dk.punkt.notifications.SubscriptionView;
import dk.punkt.publishing.PublicLinks;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The subscription rows and their rules, for {@link dk.punkt.notifications.SubscriptionService}; runs in its
 * transactions.
 */
@Component
public class SubscriptionStore {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private final SubscriptionRepository subscriptions;
    private final Outbox outbox;
    private final PublicLinks links;

    SubscriptionStore(SubscriptionRepository subscriptions, Outbox outbox, PublicLinks links) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.links = links;
    }

    /** The public address a confirmation token opens. */
    public String confirmUrl(String token) {
        return links.base() + "/offentlig/abonnement/bekraeft/" + token;
    }

    /** The public address a one-click unsubscribe token opens (also the List-Unsubscribe address). */
    public String unsubscribeUrl(String token) {
        return links.base() + "/offentlig/abonnement/afmeld/" + token;
    }

    public void request(
            CommitteeView committee,
            String email,
            boolean agendas,
            boolean minutes,
            Instant now,
            Duration validity,
            Duration resendPause) {
        String token = SubscriptionTokens.newToken();
        Optional<Subscription> existing = subscriptions.findByCommitteeIdAndEmail(committee.id(), email);
        if (existing.isPresent()) {
            if (!existing.get().mayRequestAgain(now, resendPause)) {
                return; // a link went out moments ago: do not flood the mailbox
            }
            existing.get().request(agendas, minutes, SubscriptionTokens.hash(token), now, validity);
        } else {
            subscriptions.save(Subscription.requested(
                    committee.id(),
                    email,
                    agendas,
                    minutes,
                    SubscriptionTokens.hash(token),
                    SubscriptionTokens.newToken(),
                    now,
                    validity));
        }
        SubscriberMessages.Message message = SubscriberMessages.confirmation(
                committee.name(),
                agendas,
                minutes,
                confirmUrl(token),
                now.plus(validity).atZone(DANISH_TIME).toLocalDate());
        outbox.queue(email, message.subject(), message.body(), null);
    }

    public Optional<Subscription> awaitingConfirmation(String token, Instant now) {
        if (!SubscriptionTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return subscriptions
                .findByConfirmTokenHash(SubscriptionTokens.hash(token))
                .filter(s -> s.awaitsConfirmation(now));
    }

    public Optional<SubscriptionView> confirm(String token, Instant now) {
        return awaitingConfirmation(token, now).map(s -> {
            s.confirm(now);
            subscriptions.flush();
            return s.toView();
        });
    }

    public int removeExpired(Instant now) {
        subscriptions.findConfirmedWithExpiredRequest(now).forEach(Subscription::clearPending);
        subscriptions.flush();
        return subscriptions.deleteUnconfirmedExpired(now);
    }
}
