package dk.punkt.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Appendix text from PDF (PDFBox), DOCX and XLSX (POI) and plain text; unknown formats give no text. */
class TextExtractorTest {

    @Test
    void readsThePdfText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 700);
                content.showText("Budgetforslag for tidsregistrering");
                content.endText();
            }
            document.save(out);
        }
        assertThat(TextExtractor.extract(out.toByteArray(), "application/pdf", "bilag.pdf"))
                .contains("Budgetforslag for tidsregistrering");
    }

    @Test
    void readsTheDocxText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Udviklingssamtaler i Økonomi & Stab");
            document.write(out);
        }
        assertThat(TextExtractor.extract(out.toByteArray(), null, "bilag.docx"))
                .contains("Udviklingssamtaler i Økonomi & Stab");
    }

    @Test
    void readsTheXlsxCells() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Budget").createRow(0).createCell(0).setCellValue("Anlægsbudget 2025");
            workbook.write(out);
        }
        assertThat(TextExtractor.extract(out.toByteArray(), null, "budget.xlsx"))
                .contains("Anlægsbudget 2025");
    }

    @Test
    void readsTextFilesAndIgnoresUnknownFormats() throws IOException {
        assertThat(TextExtractor.extract("Referat om flextid".getBytes(StandardCharsets.UTF_8), "text/plain", "a.txt"))
                .isEqualTo("Referat om flextid");
        assertThat(TextExtractor.extract(new byte[] {1, 2, 3}, "image/png", "foto.png"))
                .isEmpty();
    }
}
