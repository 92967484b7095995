package dk.punkt.publishing.internal;

import dk.punkt.items.AppendixService;
import dk.punkt.items.StoredAppendix;
import dk.punkt.publishing.MeetingDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The collected PDF (samlet PDF): the tagged agenda or minutes, then the pages of each open appendix that is a PDF
 * (or a picture, placed on an A4 page), with a bookmark "Bilag" holding one bookmark per appendix. Office files are
 * not converted (no converter of good quality runs inside the application); the document's last page lists them
 * with the address to fetch them from. Closed appendices never go into the public variant: the document is already
 * cut to its audience, and each appendix is checked again against the items module before its bytes are read.
 */
@Component
public class CollectedPdf {

    private static final Logger log = LoggerFactory.getLogger(CollectedPdf.class);
    private static final Pattern APPENDIX_URL = Pattern.compile("/bilag/(\\d+)$");
    private static final Pattern PDF_UA_CLAIM =
            Pattern.compile("<pdfuaid:part>\\s*1\\s*</pdfuaid:part>|pdfuaid:part=\"1\"");

    private final PdfRenderer pdf;
    private final AppendixService appendices;

    CollectedPdf(PdfRenderer pdf, AppendixService appendices) {
        this.pdf = pdf;
        this.appendices = appendices;
    }

    public byte[] render(MeetingDocument document, boolean publicVersion) {
        List<Part> parts = new ArrayList<>();
        List<CollectedAppendix> listing = new ArrayList<>();
        try {
            for (MeetingDocument.Item item : document.items()) {
                if (item.withheld()) {
                    continue;
                }
                for (MeetingDocument.Attachment attachment : item.attachments()) {
                    if (publicVersion && (attachment.closed() || item.closed())) {
                        continue;
                    }
                    collect(item.number(), attachment, publicVersion, parts, listing);
                }
            }
            byte[] front = pdf.render(document, publicVersion, listing);
            if (parts.isEmpty()) {
                return front;
            }
            return merge(front, parts);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not assemble the collected PDF of meeting " + document.id(), e);
        } finally {
            parts.forEach(Part::closeQuietly);
        }
    }

    /** A loaded appendix and where it goes in the bookmarks. */
    private record Part(CollectedAppendix listing, PDDocument pages) {
        void closeQuietly() {
            try {
                pages.close();
            } catch (IOException e) {
                log.debug("Closing an appendix failed: {}", e.toString());
            }
        }
    }

    private void collect(
            int itemNumber,
            MeetingDocument.Attachment attachment,
            boolean publicVersion,
            List<Part> parts,
            List<CollectedAppendix> listing) {
        Optional<Long> id = appendixId(attachment.url());
        Optional<StoredAppendix> stored = id.flatMap(appendices::find);
        if (stored.isEmpty()) {
            listing.add(excluded(itemNumber, attachment, "kun navnet er gemt"));
            return;
        }
        if (publicVersion && stored.get().closedContent()) {
            return; // never list or read a closed appendix for the public, whatever the document says
        }
        String type = stored.get().appendix().contentType();
        String reason = null;
        PDDocument pages = null;
        try {
            if ("application/pdf".equals(type)) {
                pages = loadPdf(id.get());
                if (pages == null) {
                    reason = "filen mangler";
                } else if (!pages.getCurrentAccessPermission().canAssembleDocument()) {
                    pages.close();
                    pages = null;
                    reason = "PDF-filen tillader ikke at blive sat sammen med andre";
                }
            } else if ("image/png".equals(type) || "image/jpeg".equals(type)) {
                pages = imagePage(id.get(), attachment.name());
                reason = pages == null ? "filen mangler" : null;
            } else {
                reason = officeName(type) + ", ikke omsat til PDF";
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Appendix {} ({}) left out of a collected PDF: {}", id.get(), attachment.name(), e.toString());
            reason = "filen kan ikke læses som " + (type.startsWith("image/") ? "billede" : "PDF");
            pages = null;
        }
        if (pages == null) {
            listing.add(excluded(itemNumber, attachment, reason));
            return;
        }
        CollectedAppendix included = new CollectedAppendix(itemNumber, attachment.name(), attachment.url(), true, null);
        listing.add(included);
        parts.add(new Part(included, pages));
    }

    private static CollectedAppendix excluded(int itemNumber, MeetingDocument.Attachment attachment, String reason) {
        return new CollectedAppendix(itemNumber, attachment.name(), attachment.url(), false, reason);
    }

    static Optional<Long> appendixId(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher matcher = APPENDIX_URL.matcher(url);
        return matcher.find() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    private static String officeName(String contentType) {
        if (contentType == null) {
            return "Ukendt filtype";
        }
        if (contentType.contains("wordprocessingml")) {
            return "Word-fil";
        }
        if (contentType.contains("spreadsheetml")) {
            return "Excel-fil";
        }
        if (contentType.contains("presentationml")) {
            return "PowerPoint-fil";
        }
        return "Filtypen " + contentType;
    }

    private PDDocument loadPdf(long appendixId) throws IOException {
        Optional<InputStream> content = appendices.open(appendixId);
        if (content.isEmpty()) {
            return null;
        }
        try (InputStream in = content.get()) {
            PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(in));
            // An owner password only restricts; the pages are copied, so the copy must not carry the encryption.
            document.setAllSecurityToBeRemoved(true);
            return document;
        }
    }

    /** A picture on an A4 page, scaled down to fit inside 15 mm margins, never up. */
    private PDDocument imagePage(long appendixId, String name) throws IOException {
        Optional<InputStream> content = appendices.open(appendixId);
        if (content.isEmpty()) {
            return null;
        }
        byte[] bytes;
        try (InputStream in = content.get()) {
            bytes = in.readAllBytes();
        }
        PDDocument document = new PDDocument();
        try {
            PDImageXObject image = PDImageXObject.createFromByteArray(document, bytes, name);
            PDRectangle a4 = PDRectangle.A4;
            boolean landscape = image.getWidth() > image.getHeight();
            PDRectangle size = landscape ? new PDRectangle(a4.getHeight(), a4.getWidth()) : a4;
            PDPage page = new PDPage(size);
            document.addPage(page);
            float margin = 15 / 25.4f * 72;
            float scale = Math.min(
                    1f,
                    Math.min(
                            (size.getWidth() - 2 * margin) / image.getWidth(),
                            (size.getHeight() - 2 * margin) / image.getHeight()));
            float width = image.getWidth() * scale;
            float height = image.getHeight() * scale;
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.drawImage(
                        image, (size.getWidth() - width) / 2, size.getHeight() - margin - height, width, height);
            }
            return document;
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
        }
    }

    private static byte[] merge(byte[] front, List<Part> parts) throws IOException {
        try (PDDocument target = Loader.loadPDF(front)) {
            PDFMergerUtility merger = new PDFMergerUtility();
            PDDocumentOutline outline = target.getDocumentCatalog().getDocumentOutline();
            if (outline == null) {
                outline = new PDDocumentOutline();
                target.getDocumentCatalog().setDocumentOutline(outline);
            }
            PDOutlineItem appendixRoot = new PDOutlineItem();
            appendixRoot.setTitle("Bilag");
            for (Part part : parts) {
                int firstPage = target.getNumberOfPages();
                // The appendix's own bookmarks would land at the top level, beside the items: leave them out.
                part.pages().getDocumentCatalog().setDocumentOutline(null);
                merger.appendDocument(target, part.pages());
                PDOutlineItem bookmark = new PDOutlineItem();
                bookmark.setTitle("Punkt " + part.listing().itemNumber() + ": "
                        + part.listing().name());
                PDPageFitDestination destination = new PDPageFitDestination();
                destination.setPage(target.getPage(firstPage));
                bookmark.setDestination(destination);
                appendixRoot.addLast(bookmark);
                if (appendixRoot.getFirstChild() == bookmark) {
                    PDPageFitDestination rootDestination = new PDPageFitDestination();
                    rootDestination.setPage(target.getPage(firstPage));
                    appendixRoot.setDestination(rootDestination);
                }
            }
            outline.addLast(appendixRoot);
            appendixRoot.openNode();
            withdrawPdfUaClaim(target);
            ByteArrayOutputStream out = new ByteArrayOutputStream(front.length * 2);
            target.save(out);
            return out.toByteArray();
        }
    }

    /**
     * The front document is tagged PDF/UA, but pages from elsewhere are as tagged as their authors made them: the
     * merged file no longer claims PDF/UA-1 conformance in its metadata, since nobody has checked that it holds.
     */
    private static void withdrawPdfUaClaim(PDDocument target) throws IOException {
        PDMetadata metadata = target.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return;
        }
        String xmp;
        try (InputStream in = metadata.exportXMPMetadata()) {
            xmp = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String withdrawn = PDF_UA_CLAIM.matcher(xmp).replaceAll("");
        if (!withdrawn.equals(xmp)) {
            PDMetadata replacement = new PDMetadata(target);
            replacement.importXMPMetadata(withdrawn.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            target.getDocumentCatalog().setMetadata(replacement);
        }
    }
}
