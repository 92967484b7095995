package dk.punkt.publishing.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import dk.punkt.publishing.MeetingDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Tagged PDF (PDF/UA) of a meeting document: fonts embedded from the jar, bookmarks, table of contents with page
 * numbers, running header and footer. The layout is the print template's CSS.
 */
@Component
public class PdfRenderer {

    private static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONTS = "/publishing/fonts/";

    private static final Map<String, byte[]> FONT_BYTES = new ConcurrentHashMap<>();

    private final PrintHtml printHtml;

    PdfRenderer(PrintHtml printHtml) {
        this.printHtml = printHtml;
        // openhtmltopdf logs every rendering step at INFO to the console; keep its warnings only.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    public byte[] render(MeetingDocument document, boolean publicVersion) {
        return render(document, publicVersion, null);
    }

    /** With {@code appendices}, the document ends with the list of appendices of the collected PDF. */
    byte[] render(MeetingDocument document, boolean publicVersion, java.util.List<CollectedAppendix> appendices) {
        String xhtml = printHtml.render(document, publicVersion, appendices);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        try (PDDocument target = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePDDocument(target);
            font(builder, target, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
            font(builder, target, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
            font(builder, target, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
            font(builder, target, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
            builder.withHtmlContent(xhtml, "about:blank");
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the PDF of meeting " + document.id(), e);
        }
        return pdf.toByteArray();
    }

    /**
     * Loads a font for this document with glyph substitution off: PDFBox would otherwise set "ff" and "fi" as
     * ligature glyphs, and readers, search and screen readers would get "Cheﬀorum" instead of "Chefforum".
     */
    private static void font(PdfRendererBuilder builder, PDDocument target, String file, int weight, FontStyle style)
            throws IOException {
        TrueTypeFont ttf =
                new TTFParser().parse(new RandomAccessReadBuffer(FONT_BYTES.computeIfAbsent(file, PdfRenderer::read)));
        ttf.setEnableGsub(false);
        PDType0Font font = PDType0Font.load(target, ttf, true);
        builder.useFont(new PDFontSupplier(font), FONT_FAMILY, weight, style, true);
    }

    /** Font files are read from the jar once; each document embeds the subset it uses. */
    private static byte[] read(String file) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + FONTS + file + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read font " + FONTS + file, e);
        }
    }
}
