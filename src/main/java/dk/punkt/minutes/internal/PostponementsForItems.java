package dk.punkt.minutes.internal;

import dk.punkt.items.ItemPostponements;
import dk.punkt.minutes.MinutesService;
import java.util.List;
import org.springframework.stereotype.Component;

/** The item page's "Udsat fra mødet den …", from the postponements the minutes record. */
@Component
class PostponementsForItems implements ItemPostponements {

    private final MinutesService minutes;

    PostponementsForItems(MinutesService minutes) {
        this.minutes = minutes;
    }

    @Override
    public List<Postponement> of(long itemId) {
        return minutes.postponementsOf(itemId).stream()
                .map(p -> new Postponement(p.meetingId(), p.meetingDate()))
                .toList();
    }
}
