package dk.punkt.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most {@code punkt.subscriptions.max-requests-per-hour} subscription requests per client address in a sliding
 * hour, in memory on this node: enough to stop a script from using the form to mail-bomb someone through Punkt. With
 * several nodes each counts its own; behind a proxy set {@code server.forward-headers-strategy} so the client's
 * address is seen.
 */
@Component
class SubscribeRateLimiter {

    private static final Duration WINDOW = Duration.ofHours(1);
    private static final int MAX_CLIENTS = 10_000;

    private final int max;
    private final Clock clock;
    private final Map<String, Deque<Instant>> requests = new ConcurrentHashMap<>();

    SubscribeRateLimiter(
            @Value("${punkt.subscriptions.max-requests-per-hour:30}") int max, ObjectProvider<Clock> clock) {
        this.max = max;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Counts a request from {@code client}; false when it is one too many. */
    boolean allow(String client) {
        Instant now = clock.instant();
        if (requests.size() > MAX_CLIENTS) {
            forgetOld(now);
        }
        Deque<Instant> times = requests.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= max) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    private void forgetOld(Instant now) {
        requests.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                Instant last = entry.getValue().peekLast();
                return last == null || !last.isAfter(now.minus(WINDOW));
            }
        });
    }
}
