package dk.punkt.minutes;

import dk.punkt.items.ItemView;
import dk.punkt.meetings.MeetingView;
import java.util.List;

/**
 * A case's history (sagsforløb): every item with the case number at every meeting that dealt with it, in date order,
 * with the decision taken there. Access rules are the caller's: filter with {@link Entry#item()}'s {@code closed}
 * and the meeting's state.
 *
 * @param title the case's title from the case register, or null
 */
public record CaseHistory(String caseNumber, String title, List<Entry> entries) {

    /**
     * The item at one meeting (or, for a draft or backlog item, at none).
     *
     * @param committeeName the item's committee
     * @param meeting the meeting, or null when the item is on none
     * @param decision the decision taken at that meeting, or null
     * @param postponedHere whether that meeting postponed the item
     * @param referredFrom the item this one was referred from (sagsgang), or null
     */
    public record Entry(
            ItemView item,
            String committeeName,
            MeetingView meeting,
            DecisionView decision,
            boolean postponedHere,
            Long referredFrom) {}
}
