package dk.punkt.minutes.internal;

import dk.punkt.items.AgendaSuggestions;
import dk.punkt.items.ItemService;
import dk.punkt.items.ItemView;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingView;
import dk.punkt.minutes.FollowUpService;
import dk.punkt.minutes.FollowUpView;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Open follow-ups that target a meeting, offered on its agenda page with the item whose decision made them. */
@Component
class FollowUpSuggestions implements AgendaSuggestions {

    private final FollowUpService followUps;
    private final ItemService items;
    private final MeetingService meetings;

    FollowUpSuggestions(FollowUpService followUps, ItemService items, MeetingService meetings) {
        this.followUps = followUps;
        this.items = items;
        this.meetings = meetings;
    }

    @Override
    public List<Suggestion> forMeeting(long meetingId) {
        return followUps.findOpenForMeeting(meetingId).stream()
                .map(this::suggestion)
                .toList();
    }

    private Suggestion suggestion(FollowUpView f) {
        Optional<ItemView> origin = items.find(f.itemId());
        Optional<MeetingView> originMeeting = f.meetingId() == null ? Optional.empty() : meetings.find(f.meetingId());
        return new Suggestion(
                f.id(),
                f.text(),
                f.owner(),
                f.dueDate(),
                origin.map(ItemView::id).orElse(null),
                origin.map(ItemView::title).orElse(null),
                origin.map(ItemView::caseNumber).orElse(null),
                originMeeting.map(MeetingView::id).orElse(null),
                originMeeting.map(MeetingView::date).orElse(null));
    }
}
