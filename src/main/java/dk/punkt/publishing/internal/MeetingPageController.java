package dk.punkt.publishing.internal;

import dk.punkt.accounts.AccountService;
import dk.punkt.accounts.Role;
import dk.punkt.committees.Audience;
import dk.punkt.committees.ContentAccess;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingView;
import dk.punkt.publishing.DocumentVersionService;
import dk.punkt.publishing.DocumentVersionView;
import dk.punkt.publishing.MeetingDocument;
import dk.punkt.publishing.MeetingDocumentService;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A meeting for logged-in users: members and staff see closed items, others the public version. */
@Controller
class MeetingPageController {

    private final AccountService accounts;
    private final MeetingService meetings;
    private final MeetingDocumentService documents;
    private final ContentAccess access;
    private final DocumentVersionService versions;
    private final dk.punkt.publishing.PublicLinks links;

    MeetingPageController(
            AccountService accounts,
            MeetingService meetings,
            MeetingDocumentService documents,
            ContentAccess access,
            DocumentVersionService versions,
            dk.punkt.publishing.PublicLinks links) {
        this.links = links;
        this.accounts = accounts;
        this.meetings = meetings;
        this.documents = documents;
        this.access = access;
        this.versions = versions;
    }

    @GetMapping("/moeder/{id}")
    String meeting(@PathVariable long id, Model model) {
        MeetingView meeting = meetings.find(id).orElseThrow(PublicSiteController::notFound);
        var audience = access.audienceFor(accounts.current(), meeting.committeeId());
        MeetingDocument document = documents.forMeeting(id, audience).orElseThrow(PublicSiteController::notFound);
        model.addAttribute("document", document);
        model.addAttribute("publicVersion", !audience.seesClosedContent());
        model.addAttribute("documentBase", "/moeder/" + id + "/dokument");
        model.addAttribute("versions", versions.findByMeeting(id));
        model.addAttribute("versionBase", "/moeder/" + id + "/versioner/");
        model.addAttribute("meeting", meeting);
        boolean runsMeetings = accounts.current()
                .map(u -> u.has(Role.SECRETARY) || u.has(Role.ADMIN))
                .orElse(false);
        if (runsMeetings && !meeting.cancelled() && meeting.state().ordinal() <= 1) {
            model.addAttribute("agendaLink", "/moeder/" + id + "/dagsorden");
        }
        model.addAttribute("printBase", links.base());
        return "publishing/meeting";
    }

    /** A frozen version as the user may see it: members and staff with closed content, others the public cut. */
    @GetMapping("/moeder/{id}/versioner/{number}")
    String version(@PathVariable long id, @PathVariable int number, Model model, HttpServletResponse response) {
        MeetingView meeting = meetings.find(id).orElseThrow(PublicSiteController::notFound);
        Audience audience = access.audienceFor(accounts.current(), meeting.committeeId());
        DocumentVersionView version = versions.find(id, number).orElseThrow(PublicSiteController::notFound);
        MeetingDocument document = versions.document(id, number, audience).orElseThrow(PublicSiteController::notFound);
        response.setHeader(
                "Cache-Control", CacheControl.noCache().cachePrivate().getHeaderValue());
        model.addAttribute("document", document);
        model.addAttribute("publicVersion", !audience.seesClosedContent());
        model.addAttribute("documentBase", "/moeder/" + id + "/versioner/" + number + "/dokument");
        model.addAttribute("versions", versions.findByMeeting(id));
        model.addAttribute("versionBase", "/moeder/" + id + "/versioner/");
        model.addAttribute("meeting", meeting);
        model.addAttribute("reading", version);
        model.addAttribute("currentLink", "/moeder/" + id);
        model.addAttribute("printBase", links.base());
        return "publishing/meeting";
    }
}
