package dk.punkt.imports;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders a corpus text file as a PDF the way a word processor would print it: Markdown headings as larger bold
 * headings, bold lines bold, tab-separated rows as a table, paragraphs wrapped to the page width, a running header
 * and page numbers. The PDF carries no marks of the text format, so parsing it tests the layout heuristics.
 */
final class CorpusPdf {

    private CorpusPdf() {}

    static byte[] render(String text, String runningHeader) {
        return pdf(xhtml(text, runningHeader));
    }

    static String xhtml(String text, String runningHeader) {
        StringBuilder body = new StringBuilder();
        List<String> table = new ArrayList<>();
        for (String line : (text.replace("\r\n", "\n") + "\n").split("\n", -1)) {
            if (line.contains("\t") && !line.isBlank()) {
                table.add(line);
                continue;
            }
            if (!table.isEmpty()) {
                body.append("<table>");
                for (String row : table) {
                    body.append("<tr>");
                    for (String cell : row.split("\t", -1)) {
                        body.append("<td>").append(inline(cell.strip())).append("</td>");
                    }
                    body.append("</tr>");
                }
                body.append("</table>");
                table.clear();
            }
            String strip = line.strip();
            if (strip.isEmpty()) {
                continue;
            }
            if (strip.startsWith("#")) {
                int level = (int) strip.chars().takeWhile(c -> c == '#').count();
                String heading = strip.substring(level).strip().replace("**", "");
                int h = Math.min(level, 3);
                body.append("<h")
                        .append(h)
                        .append('>')
                        .append(escape(heading))
                        .append("</h")
                        .append(h)
                        .append('>');
            } else {
                body.append("<p>").append(inline(strip)).append("</p>");
            }
        }
        return """
                <html><head><style>
                @page { size: A4; margin: 25mm 20mm 25mm 20mm;
                  @top-center { content: "%s"; font-family: "DejaVu Sans"; font-size: 8pt; }
                  @bottom-center { content: "Side " counter(page) " af " counter(pages); font-family: "DejaVu Sans"; font-size: 8pt; } }
                * { font-family: "DejaVu Sans"; }
                body { font-size: 10pt; }
                h1 { font-size: 18pt; } h2 { font-size: 14pt; } h3 { font-size: 12pt; }
                p { margin: 0 0 3mm 0; }
                table { border-collapse: collapse; width: 100%%; margin-bottom: 4mm; }
                td { border: 0.5pt solid #777; padding: 1mm 2mm; font-size: 9pt; vertical-align: top; }
                </style></head><body>%s</body></html>
                """.formatted(escape(runningHeader), body);
    }

    private static String inline(String text) {
        String escaped = escape(text.replace("\\", ""));
        return escaped.replaceAll("\\*\\*([^*]+)\\*\\*", "<b>$1</b>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static byte[] pdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument target = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(target);
            font(builder, target, "DejaVuSans.ttf", 400);
            font(builder, target, "DejaVuSans-Bold.ttf", 700);
            builder.withHtmlContent(xhtml, "about:blank");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, PDDocument target, String file, int weight)
            throws IOException {
        try (InputStream in = CorpusPdf.class.getResourceAsStream("/publishing/fonts/" + file)) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            ttf.setEnableGsub(false);
            builder.useFont(
                    new PDFontSupplier(PDType0Font.load(target, ttf, true)),
                    "DejaVu Sans",
                    weight,
                    FontStyle.NORMAL,
                    true);
        }
    }
}
