package dk.punkt.committees;

import java.time.LocalTime;
import java.util.List;

/** A committee as other modules and views see it. */
public record CommitteeView(
        long id,
        String name,
        CommitteeKind kind,
        String defaultLocation,
        LocalTime defaultStartTime,
        LocalTime defaultEndTime,
        List<MemberView> members,
        List<StandingItem> standingItems,
        long version) {

    /**
     * One member: a person with a title (as printed under Mødedeltagere), when they can log in a user id, and when
     * they get messages by e-mail an address.
     */
    public record MemberView(long id, String name, String title, MemberRole role, Long userId, String email) {}

    /** An item every agenda of the committee carries, first or last. */
    public record StandingItem(Placement placement, String title, int minutes) {}

    public enum Placement {
        FIRST,
        LAST
    }
}
