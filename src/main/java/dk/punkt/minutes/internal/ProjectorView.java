package dk.punkt.minutes.internal;

import dk.punkt.items.ItemView;
import dk.punkt.meetings.MeetingView;
import dk.punkt.minutes.Outcome;

/**
 * What the room's screen shows: the item the secretary has open, without closed content for those without access.
 *
 * @param number the item's agenda number, 0 before the secretary opens one
 */
public record ProjectorView(
        MeetingView meeting,
        String committee,
        int number,
        int total,
        ItemView item,
        boolean withheld,
        String decision,
        Outcome outcome) {}
