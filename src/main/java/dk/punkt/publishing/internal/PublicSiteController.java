package dk.punkt.publishing.internal;

import dk.punkt.accounts.AccountService;
import dk.punkt.committees.Audience;
import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingView;
import dk.punkt.publishing.DocumentVersionService;
import dk.punkt.publishing.DocumentVersionView;
import dk.punkt.publishing.MeetingDocument;
import dk.punkt.publishing.MeetingDocumentService;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public site: what anyone may read without logging in. Closed content never appears here. */
@Controller
class PublicSiteController {

    private static final int LATEST = 12;
    private static final int COMING = 20;
    private static final java.time.ZoneId COPENHAGEN = java.time.ZoneId.of("Europe/Copenhagen");

    private final CommitteeService committees;
    private final MeetingService meetings;
    private final MeetingDocumentService documents;
    private final DocumentVersionService versions;
    private final dk.punkt.publishing.PublicLinks links;
    private final AccountService accounts;

    PublicSiteController(
            CommitteeService committees,
            MeetingService meetings,
            MeetingDocumentService documents,
            DocumentVersionService versions,
            AccountService accounts,
            dk.punkt.publishing.PublicLinks links) {
        this.links = links;
        this.committees = committees;
        this.meetings = meetings;
        this.documents = documents;
        this.versions = versions;
        this.accounts = accounts;
    }

    @GetMapping("/offentlig")
    String start(Model model) {
        List<CommitteeView> all = committees.findAll();
        model.addAttribute("committees", all);
        model.addAttribute("latest", meetings.findPublished(LATEST));
        model.addAttribute(
                "coming",
                meetings.findUpcoming(all.stream().map(CommitteeView::id).toList(), today(), COMING));
        model.addAttribute("committeeNames", namesOf(all));
        return "publishing/start";
    }

    /** The committee with its coming meetings and the meetings of the newest year that has any. */
    @GetMapping("/offentlig/udvalg/{id}")
    String committee(@PathVariable long id, Model model) {
        return committeeYear(id, null, model);
    }

    @GetMapping("/offentlig/udvalg/{id}/{year:\\d{4}}")
    String year(@PathVariable long id, @PathVariable int year, Model model) {
        return committeeYear(id, year, model);
    }

    private String committeeYear(long id, Integer year, Model model) {
        CommitteeView committee = committees.find(id).orElseThrow(PublicSiteController::notFound);
        Map<Integer, List<MeetingView>> byYear = shownMeetings(meetings.findByCommittee(id)).stream()
                .collect(Collectors.groupingBy(
                        meeting -> meeting.date().getYear(), LinkedHashMap::new, Collectors.toList()));
        if (year != null && !byYear.containsKey(year)) {
            throw notFound();
        }
        // Without a chosen year: this year's meetings, else the newest past year's, else the coming year's.
        int thisYear = today().getYear();
        Integer shown = year != null
                ? year
                : byYear.keySet().stream()
                        .filter(y -> y <= thisYear)
                        .findFirst()
                        .orElse(byYear.keySet().stream().findFirst().orElse(null));
        List<MeetingView> ofYear = shown == null ? List.of() : byYear.get(shown);
        model.addAttribute("committee", committee);
        model.addAttribute(
                "years",
                byYear.entrySet().stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey, e -> e.getValue().size(), (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("year", shown);
        model.addAttribute("yearChosen", year != null);
        model.addAttribute(
                "meetingsOfYear",
                ofYear.stream()
                        .sorted(java.util.Comparator.comparing(MeetingView::date))
                        .toList());
        model.addAttribute("coming", meetings.findUpcoming(List.of(id), today(), COMING));
        return "publishing/committee";
    }

    /**
     * What the public sees of a committee's meetings: those whose agenda went out, and cancelled ones (a cancelled
     * meeting is shown as cancelled, never silently dropped). Planned meetings only appear among the coming ones.
     */
    static List<MeetingView> shownMeetings(List<MeetingView> all) {
        return all.stream()
                .filter(meeting -> meeting.state().isPublished() || meeting.cancelled())
                .toList();
    }

    private static java.time.LocalDate today() {
        return java.time.LocalDate.now(COPENHAGEN);
    }

    @GetMapping("/offentlig/moeder/{id}")
    String meeting(@PathVariable long id, Model model) {
        MeetingDocument document = documents
                .forMeeting(id, Audience.PUBLIC)
                .filter(doc -> doc.state().isPublished())
                .orElseThrow(PublicSiteController::notFound);
        model.addAttribute("document", document);
        model.addAttribute("publicVersion", true);
        model.addAttribute("documentBase", "/offentlig/moeder/" + id + "/dokument");
        model.addAttribute("versions", versions.findByMeeting(id));
        model.addAttribute("versionBase", "/offentlig/moeder/" + id + "/versioner/");
        meetings.find(id).ifPresent(meeting -> model.addAttribute("meeting", meeting));
        model.addAttribute("printBase", links.base());
        return "publishing/meeting";
    }

    /**
     * A frozen version, public cut. It never changes, so for anonymous readers it may be cached for good; logged-in
     * readers get a private copy, as the page's header carries their name and form token.
     */
    @GetMapping("/offentlig/moeder/{id}/versioner/{number}")
    String version(@PathVariable long id, @PathVariable int number, Model model, HttpServletResponse response) {
        DocumentVersionView version = versions.find(id, number).orElseThrow(PublicSiteController::notFound);
        MeetingDocument document =
                versions.document(id, number, Audience.PUBLIC).orElseThrow(PublicSiteController::notFound);
        CacheControl caching = accounts.current().isPresent()
                ? CacheControl.noCache().cachePrivate()
                : CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
        response.setHeader("Cache-Control", caching.getHeaderValue());
        model.addAttribute("document", document);
        model.addAttribute("publicVersion", true);
        model.addAttribute("documentBase", "/offentlig/moeder/" + id + "/versioner/" + number + "/dokument");
        model.addAttribute("versions", versions.findByMeeting(id));
        model.addAttribute("versionBase", "/offentlig/moeder/" + id + "/versioner/");
        model.addAttribute("reading", version);
        model.addAttribute("currentLink", "/offentlig/moeder/" + id);
        model.addAttribute("printBase", links.base());
        return "publishing/meeting";
    }

    static Map<Long, String> namesOf(List<CommitteeView> committees) {
        return committees.stream().collect(Collectors.toMap(CommitteeView::id, CommitteeView::name));
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
