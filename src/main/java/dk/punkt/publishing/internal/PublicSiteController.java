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

    private final CommitteeService committees;
    private final MeetingService meetings;
    private final MeetingDocumentService documents;
    private final DocumentVersionService versions;
    private final AccountService accounts;

    PublicSiteController(
            CommitteeService committees,
            MeetingService meetings,
            MeetingDocumentService documents,
            DocumentVersionService versions,
            AccountService accounts) {
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
        model.addAttribute("committeeNames", namesOf(all));
        return "publishing/start";
    }

    @GetMapping("/offentlig/udvalg/{id}")
    String committee(@PathVariable long id, Model model) {
        CommitteeView committee = committees.find(id).orElseThrow(PublicSiteController::notFound);
        Map<Integer, List<MeetingView>> byYear = meetings.findPublishedByCommittee(id).stream()
                .collect(Collectors.groupingBy(
                        meeting -> meeting.date().getYear(), LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("committee", committee);
        model.addAttribute("meetingsByYear", byYear);
        return "publishing/committee";
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
        return "publishing/meeting";
    }

    static Map<Long, String> namesOf(List<CommitteeView> committees) {
        return committees.stream().collect(Collectors.toMap(CommitteeView::id, CommitteeView::name));
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
