package dk.punkt.publishing.internal;

import dk.punkt.accounts.AccountService;
import dk.punkt.committees.Audience;
import dk.punkt.committees.ContentAccess;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingState;
import dk.punkt.meetings.MeetingView;
import dk.punkt.publishing.DocumentVersionService;
import dk.punkt.publishing.DocumentVersionView;
import dk.punkt.publishing.MeetingDocument;
import dk.punkt.publishing.MeetingDocumentService;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A meeting's agenda or minutes as a downloadable document. The public address always gives the public version
 * of a published meeting; the logged-in address gives the version the user may see. Documents are cached by
 * content and served with an ETag (a repeat request with If-None-Match gets 304); approved public minutes also
 * carry Last-Modified and may be cached by anyone, as they no longer change.
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
    private final DocumentCache cache;
    private final DocumentVersionService versions;
    private final CollectedPdf collected;

    DocumentController(
            AccountService accounts,
            MeetingService meetings,
            MeetingDocumentService documents,
            ContentAccess access,
            PdfRenderer pdf,
            DocxRenderer docx,
            DocumentCache cache,
            DocumentVersionService versions,
            CollectedPdf collected) {
        this.versions = versions;
        this.collected = collected;
        this.accounts = accounts;
        this.meetings = meetings;
        this.documents = documents;
        this.access = access;
        this.pdf = pdf;
        this.docx = docx;
        this.cache = cache;
    }

    private enum Format {
        PDF("pdf", "pdf", "", MediaType.APPLICATION_PDF),
        DOCX("docx", "docx", "", DocumentController.DOCX),
        /** The samlet PDF: the document with its open appendices appended. */
        COLLECTED("samlet.pdf", "pdf", "-samlet", MediaType.APPLICATION_PDF);

        /** Part of the fingerprint: each format has its own. */
        final String key;

        final String extension;
        final String fileSuffix;
        final MediaType type;

        Format(String key, String extension, String fileSuffix, MediaType type) {
            this.key = key;
            this.extension = extension;
            this.fileSuffix = fileSuffix;
            this.type = type;
        }

        /** The format of a file name the mappings accept. */
        static Format of(String file) {
            return switch (file) {
                case "dokument.pdf" -> PDF;
                case "dokument.docx" -> DOCX;
                case "samlet.pdf" -> COLLECTED;
                default -> throw new IllegalArgumentException("No document is served as " + file);
            };
        }
    }

    /** The file names a meeting's documents are served under: {@code dokument.pdf}, {@code dokument.docx}, {@code samlet.pdf}. */
    private static final String FILE = "{file:dokument\\.pdf|dokument\\.docx|samlet\\.pdf}";

    @GetMapping("/offentlig/moeder/{id}/" + FILE)
    ResponseEntity<byte[]> publicDocument(@PathVariable long id, @PathVariable String file) {
        return publicFile(id, Format.of(file));
    }

    @GetMapping("/moeder/{id}/" + FILE)
    ResponseEntity<byte[]> memberDocument(@PathVariable long id, @PathVariable String file) {
        return memberFile(id, Format.of(file));
    }

    @GetMapping("/offentlig/moeder/{id}/versioner/{number}/" + FILE)
    ResponseEntity<byte[]> publicVersionDocument(
            @PathVariable long id, @PathVariable int number, @PathVariable String file) {
        return publicVersionFile(id, number, Format.of(file));
    }

    @GetMapping("/moeder/{id}/versioner/{number}/" + FILE)
    ResponseEntity<byte[]> memberVersionDocument(
            @PathVariable long id, @PathVariable int number, @PathVariable String file) {
        return memberVersionFile(id, number, Format.of(file));
    }

    /** A frozen version never changes: its public document may be cached by anyone, for good. */
    private ResponseEntity<byte[]> publicVersionFile(long id, int number, Format format) {
        DocumentVersionView version = versions.find(id, number).orElseThrow(PublicSiteController::notFound);
        MeetingDocument document =
                versions.document(id, number, Audience.PUBLIC).orElseThrow(PublicSiteController::notFound);
        return serve(
                document,
                true,
                format,
                CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable(),
                version.createdAt());
    }

    private ResponseEntity<byte[]> memberVersionFile(long id, int number, Format format) {
        MeetingView meeting = meetings.find(id).orElseThrow(PublicSiteController::notFound);
        Audience audience = access.audienceFor(accounts.current(), meeting.committeeId());
        DocumentVersionView version = versions.find(id, number).orElseThrow(PublicSiteController::notFound);
        MeetingDocument document = versions.document(id, number, audience).orElseThrow(PublicSiteController::notFound);
        return serve(
                document,
                !audience.seesClosedContent(),
                format,
                CacheControl.noCache().cachePrivate(),
                version.createdAt());
    }

    private ResponseEntity<byte[]> publicFile(long id, Format format) {
        MeetingView meeting =
                meetings.find(id).filter(m -> m.state().isPublished()).orElseThrow(PublicSiteController::notFound);
        MeetingDocument document =
                documents.forMeeting(id, Audience.PUBLIC).orElseThrow(PublicSiteController::notFound);
        boolean approved = meeting.state() == MeetingState.REFERAT_GODKENDT;
        // The current address shows the latest version, and approved minutes can be corrected: it revalidates
        // (ETag) instead of being immutable. Each frozen version has its own immutable address.
        return serve(document, true, format, CacheControl.noCache().cachePublic(), approved ? latest(meeting) : null);
    }

    private ResponseEntity<byte[]> memberFile(long id, Format format) {
        MeetingView meeting = meetings.find(id).orElseThrow(PublicSiteController::notFound);
        Audience audience = access.audienceFor(accounts.current(), meeting.committeeId());
        MeetingDocument document = documents.forMeeting(id, audience).orElseThrow(PublicSiteController::notFound);
        return serve(
                document,
                !audience.seesClosedContent(),
                format,
                CacheControl.noCache().cachePrivate(),
                null);
    }

    /** When the approved minutes last changed: the newest version's date, else the approval. */
    private java.time.Instant latest(MeetingView meeting) {
        List<DocumentVersionView> all = versions.findByMeeting(meeting.id());
        return all.isEmpty()
                ? meeting.minutesApprovedAt()
                : all.get(all.size() - 1).createdAt();
    }

    /** {@code lastModified} only where a date is honest: approved minutes and frozen versions. */
    private ResponseEntity<byte[]> serve(
            MeetingDocument document,
            boolean publicVersion,
            Format format,
            CacheControl caching,
            java.time.Instant lastModified) {
        String fingerprint = DocumentCache.fingerprint(document, publicVersion, format.key);
        Function<MeetingDocument, byte[]> renderer = switch (format) {
            case PDF -> doc -> pdf.render(doc, publicVersion);
            case DOCX -> doc -> docx.render(doc, publicVersion);
            case COLLECTED -> doc -> collected.render(doc, publicVersion);
        };
        byte[] body = cache.get(fingerprint, () -> renderer.apply(document));
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(format.type)
                .eTag("\"" + fingerprint + "\"")
                .cacheControl(caching)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        disposition(format, document.fileName(document.kind(), format.fileSuffix, format.extension)));
        if (lastModified != null) {
            response.lastModified(lastModified);
        }
        return response.body(body);
    }

    /** PDFs open in the browser; Word files are saved. */
    private static String disposition(Format format, String fileName) {
        return (format != Format.DOCX ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(fileName)
                .build()
                .toString();
    }
}
