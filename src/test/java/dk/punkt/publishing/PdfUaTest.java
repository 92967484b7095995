package dk.punkt.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** The PDF/UA check used by the PDF tests really checks: an untagged PDF fails it. */
class PdfUaTest {

    @Test
    void anUntaggedPdfFailsPdfUa1() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(bytes);
        }

        assertThat(PdfUa.failures(bytes.toByteArray())).isNotEmpty();
    }
}
