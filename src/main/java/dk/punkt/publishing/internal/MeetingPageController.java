package dk.punkt.publishing.internal;

import dk.punkt.accounts.AccountService;
import dk.punkt.committees.ContentAccess;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingView;
import dk.punkt.publishing.MeetingDocument;
import dk.punkt.publishing.MeetingDocumentService;
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

    MeetingPageController(
            AccountService accounts, MeetingService meetings, MeetingDocumentService documents, ContentAccess access) {
        this.accounts = accounts;
        this.meetings = meetings;
        this.documents = documents;
        this.access = access;
    }

    @GetMapping("/moeder/{id}")
    String meeting(@PathVariable long id, Model model) {
        MeetingView meeting = meetings.find(id).orElseThrow(PublicSiteController::notFound);
        var audience = access.audienceFor(accounts.current(), meeting.committeeId());
        MeetingDocument document = documents.forMeeting(id, audience).orElseThrow(PublicSiteController::notFound);
        model.addAttribute("document", document);
        model.addAttribute("publicVersion", !audience.seesClosedContent());
        model.addAttribute("documentBase", "/moeder/" + id + "/dokument");
        return "publishing/meeting";
    }
}
