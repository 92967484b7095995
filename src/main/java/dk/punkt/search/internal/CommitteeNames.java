package dk.punkt.search.internal;

import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Committee names for the committee facet, cached: loading every committee per search cost a database round trip
 * (and the committees' members) on every request. Reloaded when a committee id is unknown (a new committee) and
 * at most every five minutes otherwise (committees are not renamed today; this bounds a stale name if they are).
 */
@Component
class CommitteeNames {

    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final CommitteeService committees;
    private final Clock clock;
    private volatile Map<Long, String> names = Map.of();
    private volatile Instant loadedAt = Instant.EPOCH;

    CommitteeNames(CommitteeService committees, Clock clock) {
        this.committees = committees;
        this.clock = clock;
    }

    /** The name of each committee; "#id" for one that does not exist (any more). */
    Map<Long, String> of(java.util.Collection<Long> ids) {
        Map<Long, String> current = names;
        if (!current.keySet().containsAll(ids) || loadedAt.plus(MAX_AGE).isBefore(clock.instant())) {
            current = reload(ids);
        }
        Map<Long, String> known = current;
        return ids.stream().collect(Collectors.toMap(id -> id, known::get, (a, b) -> a));
    }

    /** Loads all names; ids still unknown are remembered as "#id", so they do not cause a reload per search. */
    private synchronized Map<Long, String> reload(java.util.Collection<Long> ids) {
        Map<Long, String> loaded = new java.util.HashMap<>(committees.findAll().stream()
                .collect(Collectors.toMap(CommitteeView::id, CommitteeView::name, (a, b) -> a)));
        ids.forEach(id -> loaded.putIfAbsent(id, "#" + id));
        names = Map.copyOf(loaded);
        loadedAt = clock.instant();
        return names;
    }
}
