package dk.punkt.notifications;

import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.notifications.internal.EmailAddresses;
import dk.punkt.notifications.internal.SubscriptionRepository;
import dk.punkt.notifications.internal.SubscriptionStore;
import dk.punkt.notifications.internal.SubscriptionTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citizens' e-mail subscriptions to a committee's agendas and minutes, with double opt-in: {@link #subscribe} stores
 * the request and queues a confirmation mail with an unguessable link; only {@link #confirm} makes it count. Every
 * message to a subscriber carries a one-click unsubscribe link ({@link #unsubscribe}).
 */
@Service
@Transactional(readOnly = true)
public class SubscriptionService {

    private final CommitteeService committees;
    private final SubscriptionRepository subscriptions;
    private final SubscriptionStore store;
    private final Clock clock;
    private final Duration validity;
    private final Duration resendPause;

    SubscriptionService(
            CommitteeService committees,
            SubscriptionRepository subscriptions,
            SubscriptionStore store,
            ObjectProvider<Clock> clock,
            @Value("${punkt.subscriptions.confirmation-validity:P7D}") Duration validity,
            @Value("${punkt.subscriptions.resend-pause:PT5M}") Duration resendPause) {
        this.committees = committees;
        this.subscriptions = subscriptions;
        this.store = store;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.validity = validity;
        this.resendPause = resendPause;
    }

    /** How long a confirmation link works. */
    public Duration confirmationValidity() {
        return validity;
    }

    /**
     * Stores a subscription request and queues the confirmation mail. Asking again for the same address and
     * committee changes the same subscription (no duplicate) and, at most once per pause, sends a new link; the
     * caller answers the same in every case, so nobody learns whether an address is subscribed.
     *
     * @throws InvalidSubscriptionException naming the field: {@code email}, {@code choices} or {@code committeeId}
     */
    @Transactional
    public void subscribe(NewSubscription request) {
        String email = EmailAddresses.normalize(request.email())
                .orElseThrow(() -> new InvalidSubscriptionException(
                        "email", "email '" + request.email() + "' is not an e-mail address"));
        if (!request.agendas() && !request.minutes()) {
            throw new InvalidSubscriptionException("choices", "choose agendas, minutes or both (for " + email + ")");
        }
        CommitteeView committee = committees
                .find(request.committeeId())
                .orElseThrow(() -> new InvalidSubscriptionException(
                        "committeeId", "committeeId " + request.committeeId() + " is not a committee"));
        store.request(committee, email, request.agendas(), request.minutes(), now(), validity, resendPause);
    }

    /** The subscription a confirmation link is for, while the link works. */
    public Optional<SubscriptionView> findByConfirmationToken(String token) {
        return store.awaitingConfirmation(token, now()).map(s -> s.toView());
    }

    /** Confirms the request behind the link; empty when the link is unknown, used or expired. */
    @Transactional
    public Optional<SubscriptionView> confirm(String token) {
        return store.confirm(token, now());
    }

    public Optional<SubscriptionView> findByUnsubscribeToken(String token) {
        if (!SubscriptionTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return subscriptions.findByUnsubscribeToken(token).map(s -> s.toView());
    }

    /** Deletes the subscription behind the link; empty when there is none (already unsubscribed). */
    @Transactional
    public Optional<SubscriptionView> unsubscribe(String token) {
        if (!SubscriptionTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return subscriptions.findByUnsubscribeToken(token).map(s -> {
            SubscriptionView view = s.toView();
            subscriptions.delete(s);
            return view;
        });
    }

    public Optional<SubscriptionView> find(long committeeId, String email) {
        return EmailAddresses.normalize(email)
                .flatMap(e -> subscriptions.findByCommitteeIdAndEmail(committeeId, e))
                .map(s -> s.toView());
    }

    /**
     * Deletes requests that were never confirmed and whose link expired; confirmed subscriptions keep their choices
     * and lose only the expired request. Returns how many subscriptions were deleted.
     */
    @Transactional
    public int removeExpired() {
        return store.removeExpired(now());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
