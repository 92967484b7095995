package dk.punkt.items;

import java.time.LocalDate;
import java.util.List;

/**
 * Which meetings postponed an item (udsat). The minutes module records postponements and implements this, as it sits
 * above items; the item page asks it to print "Udsat fra mødet den …". Without an implementation nothing is shown.
 */
public interface ItemPostponements {

    /** The meetings that postponed the item, oldest first. */
    List<Postponement> of(long itemId);

    record Postponement(long meetingId, LocalDate meetingDate) {}
}
