package dk.punkt.minutes;

/**
 * A decision on an item was recorded or changed (drafted in meeting mode, filled in at approval, or corrected), within
 * the transaction that wrote it. {@code meetingId} is the meeting the decision belongs to, null for an item on no
 * meeting. Listeners that do slow work should act after commit.
 */
public record DecisionRecorded(long itemId, Long meetingId) {}
