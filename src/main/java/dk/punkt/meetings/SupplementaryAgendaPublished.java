package dk.punkt.meetings;

import java.time.Instant;
import java.util.List;

/** Items added after the agenda went out were sent out as a supplementary agenda (tillægsdagsorden). */
public record SupplementaryAgendaPublished(long meetingId, long committeeId, List<Long> itemIds, Instant at) {

    public SupplementaryAgendaPublished {
        itemIds = List.copyOf(itemIds);
    }
}
