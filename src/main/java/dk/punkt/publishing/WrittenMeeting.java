package dk.punkt.publishing;

import dk.punkt.items.ItemView;
import dk.punkt.minutes.DecisionView;
import java.util.List;
import java.util.Map;

/**
 * What a caller has just written of a meeting in its transaction (an import): the views of its items and of their
 * decisions (by item id), so its document can be assembled without reading them back.
 */
public record WrittenMeeting(long meetingId, List<ItemView> items, Map<Long, DecisionView> decisionsByItem) {

    public WrittenMeeting {
        items = List.copyOf(items);
        decisionsByItem = Map.copyOf(decisionsByItem);
    }
}
