package dk.punkt.publishing.internal;

import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingView;
import dk.punkt.publishing.DocumentVersionService;
import dk.punkt.publishing.DocumentVersionView;
import dk.punkt.publishing.PublicLinks;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Per committee: an Atom feed of published agendas and minutes, and an iCalendar of its meetings. */
@RestController
class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final CommitteeService committees;
    private final MeetingService meetings;
    private final PublicLinks links;
    private final Clock clock = Clock.systemUTC();

    private final DocumentVersionService versions;

    FeedController(
            CommitteeService committees, MeetingService meetings, PublicLinks links, DocumentVersionService versions) {
        this.versions = versions;
        this.committees = committees;
        this.meetings = meetings;
        this.links = links;
    }

    @GetMapping("/offentlig/udvalg/{id}/feed.atom")
    ResponseEntity<String> atom(@PathVariable long id) {
        CommitteeView committee = committees.find(id).orElseThrow(PublicSiteController::notFound);
        List<MeetingView> shown = PublicSiteController.shownMeetings(meetings.findByCommittee(id));
        Map<Long, List<DocumentVersionView>> frozen = new HashMap<>();
        shown.stream()
                .filter(meeting -> meeting.state().isPublished())
                .limit(AtomFeed.MAX_ENTRIES)
                .forEach(meeting -> frozen.put(meeting.id(), versions.findByMeeting(meeting.id())));
        String feed = AtomFeed.write(committee, shown, frozen, links, clock.instant());
        return ResponseEntity.ok().contentType(ATOM).body(feed);
    }

    @GetMapping("/offentlig/udvalg/{id}/kalender.ics")
    ResponseEntity<String> calendar(@PathVariable long id) {
        CommitteeView committee = committees.find(id).orElseThrow(PublicSiteController::notFound);
        String ics = ICalendar.write(committee, meetings.findByCommittee(id), links, clock.instant());
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("kalender-udvalg-" + id + ".ics")
                                .build()
                                .toString())
                .body(ics);
    }
}
