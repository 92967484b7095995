package dk.punkt.meetings.internal;

import dk.punkt.committees.CommitteeView;
import dk.punkt.meetings.MeetingView;
import java.util.List;

/** One committee's meetings on the list page: coming ones soonest first, then past ones newest first. */
public record CommitteeMeetings(CommitteeView committee, List<MeetingView> coming, List<MeetingView> past) {}
