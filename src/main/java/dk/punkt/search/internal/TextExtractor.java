package dk.punkt.search.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.extractor.ExtractorFactory;
import org.apache.poi.extractor.POITextExtractor;

/** Plain text of an appendix file: PDF through PDFBox, DOCX/XLSX/PPTX through POI, text files as UTF-8. */
final class TextExtractor {

    /** At most this many characters per appendix are indexed (the column's size). */
    static final int MAX_CHARS = 1_000_000;

    private TextExtractor() {}

    static String extract(byte[] bytes, String contentType, String name) throws IOException {
        String kind = kindOf(bytes, contentType, name);
        String text = switch (kind) {
            case "pdf" -> pdf(bytes);
            case "office" -> office(bytes);
            case "text" -> new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            default -> "";
        };
        text = text.replace('\u0000', ' ').strip();
        return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    }

    private static String kindOf(byte[] bytes, String contentType, String name) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String file = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (bytes.length >= 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
            return "pdf";
        }
        if (bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K') {
            return "office"; // OOXML is a zip
        }
        if (type.startsWith("text/") || file.endsWith(".txt") || file.endsWith(".md")) {
            return "text";
        }
        return "unknown";
    }

    private static String pdf(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String office(byte[] bytes) throws IOException {
        try (InputStream in = new ByteArrayInputStream(bytes);
                POITextExtractor extractor = ExtractorFactory.createExtractor(in)) {
            return extractor.getText();
        }
    }
}
