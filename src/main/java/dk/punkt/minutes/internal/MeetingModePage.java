package dk.punkt.minutes.internal;

import dk.punkt.committees.CommitteeView;
import dk.punkt.items.ItemView;
import dk.punkt.meetings.MeetingView;
import dk.punkt.minutes.FollowUpView;
import dk.punkt.minutes.Outcome;
import dk.punkt.minutes.PostponementView;
import dk.punkt.minutes.PresenceKind;
import java.util.List;

/** Everything the meeting-mode page shows; built by {@link MeetingModePages}, rendered by minutes/meetingMode.jte. */
public record MeetingModePage(
        MeetingView meeting,
        String committee,
        List<Row> agenda,
        int current,
        ItemView item,
        String text,
        Outcome outcome,
        long version,
        String prefill,
        Conflict conflict,
        List<Person> people,
        List<Presence> presence,
        List<FollowUpView> followUps,
        List<MeetingView> comingMeetings,
        List<CommitteeView> otherCommittees,
        List<Referral> referrals,
        List<PostponementView> postponedFrom) {

    /** One agenda line in the side list. */
    public record Row(int number, long itemId, String title, boolean closed, Outcome outcome) {}

    /** What the secretary typed, shown again (prefill, conflict). */
    public record Draft(String text, Outcome outcome, Long version) {}

    /** Someone else saved first: their text, beside the secretary's own. */
    public record Conflict(String text, Outcome outcome, long version) {}

    public record Person(String name, String title, boolean present) {}

    public record Presence(String name, PresenceKind kind, int itemNumber) {}

    public record Referral(String committee, long toItemId) {}

    public boolean hasItem() {
        return item != null;
    }

    public boolean first() {
        return current <= 1;
    }

    public boolean last() {
        return current >= agenda.size();
    }

    public List<Outcome> outcomes() {
        return List.of(Outcome.values());
    }
}
