package dk.punkt.publishing.internal;

import dk.punkt.accounts.AccountService;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingView;
import dk.punkt.publishing.Audience;
import dk.punkt.publishing.ContentAccess;
import dk.punkt.publishing.MeetingDocument;
import dk.punkt.publishing.MeetingDocumentService;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A meeting's agenda or minutes as a downloadable document. The public address always gives the public version
 * of a published meeting; the logged-in address gives the version the user may see.
 */
@RestController
class DocumentController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final AccountService accounts;
    private final MeetingService meetings;
    private final MeetingDocumentService documents;
    private final ContentAccess access;
    private final PdfRenderer pdf;
    private final DocxRenderer docx;

    DocumentController(
            AccountService accounts,
            MeetingService meetings,
            MeetingDocumentService documents,
            ContentAccess access,
            PdfRenderer pdf,
            DocxRenderer docx) {
        this.accounts = accounts;
        this.meetings = meetings;
        this.documents = documents;
        this.access = access;
        this.pdf = pdf;
        this.docx = docx;
    }

    @GetMapping("/offentlig/moeder/{id}/dokument.pdf")
    ResponseEntity<byte[]> publicPdf(@PathVariable long id) {
        MeetingDocument document = publicDocument(id);
        return file(pdf.render(document, true), MediaType.APPLICATION_PDF, fileName(document, "pdf"));
    }

    @GetMapping("/moeder/{id}/dokument.pdf")
    ResponseEntity<byte[]> memberPdf(@PathVariable long id) {
        Audience audience = audienceFor(id);
        MeetingDocument document = documents.forMeeting(id, audience).orElseThrow(PublicSiteController::notFound);
        return file(
                pdf.render(document, !audience.seesClosedContent()),
                MediaType.APPLICATION_PDF,
                fileName(document, "pdf"));
    }

    @GetMapping("/offentlig/moeder/{id}/dokument.docx")
    ResponseEntity<byte[]> publicDocx(@PathVariable long id) {
        MeetingDocument document = publicDocument(id);
        return file(docx.render(document, true), DOCX, fileName(document, "docx"));
    }

    @GetMapping("/moeder/{id}/dokument.docx")
    ResponseEntity<byte[]> memberDocx(@PathVariable long id) {
        Audience audience = audienceFor(id);
        MeetingDocument document = documents.forMeeting(id, audience).orElseThrow(PublicSiteController::notFound);
        return file(docx.render(document, !audience.seesClosedContent()), DOCX, fileName(document, "docx"));
    }

    private MeetingDocument publicDocument(long id) {
        return documents
                .forMeeting(id, Audience.PUBLIC)
                .filter(doc -> doc.state().isPublished())
                .orElseThrow(PublicSiteController::notFound);
    }

    private Audience audienceFor(long meetingId) {
        MeetingView meeting = meetings.find(meetingId).orElseThrow(PublicSiteController::notFound);
        return access.audienceFor(accounts.current(), meeting.committeeId());
    }

    /** "referat-chefforum-2024-06-06.pdf": readable, ASCII-safe for every browser's download dialog. */
    static String fileName(MeetingDocument document, String extension) {
        String committee = document.committee()
                .toLowerCase(Locale.ROOT)
                .replace("æ", "ae")
                .replace("ø", "oe")
                .replace("å", "aa")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return document.kind().name().toLowerCase(Locale.ROOT) + "-" + committee + "-" + document.date() + "."
                + extension;
    }

    static ResponseEntity<byte[]> file(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        // PDFs open in the browser; Word files are saved.
                        (type.equals(MediaType.APPLICATION_PDF)
                                        ? ContentDisposition.inline()
                                        : ContentDisposition.attachment())
                                .filename(fileName)
                                .build()
                                .toString())
                .body(body);
    }
}
