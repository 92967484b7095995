package dk.punkt.items.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentSnifferTest {

    @TempDir
    Path dir;

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private Path zip(String name, String... entries) throws IOException {
        Path path = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(path);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return path;
    }

    @Test
    void recognisesPdfPngAndJpegByTheirFirstBytes() throws IOException {
        assertThat(ContentSniffer.sniff(file("a", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))))
                .contains(AppendixType.PDF);
        assertThat(ContentSniffer.sniff(file("b", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0})))
                .contains(AppendixType.PNG);
        assertThat(ContentSniffer.sniff(file("c", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})))
                .contains(AppendixType.JPEG);
    }

    @Test
    void recognisesOfficeFilesByTheirMainPart() throws IOException {
        assertThat(ContentSniffer.sniff(zip("d.docx", "[Content_Types].xml", "word/document.xml")))
                .contains(AppendixType.DOCX);
        assertThat(ContentSniffer.sniff(zip("x.xlsx", "[Content_Types].xml", "xl/workbook.xml")))
                .contains(AppendixType.XLSX);
        assertThat(ContentSniffer.sniff(zip("p.pptx", "[Content_Types].xml", "ppt/presentation.xml")))
                .contains(AppendixType.PPTX);
    }

    @Test
    void refusesEverythingElse() throws IOException {
        assertThat(ContentSniffer.sniff(zip("plain.zip", "readme.txt"))).isEmpty();
        assertThat(ContentSniffer.sniff(zip("no-types.docx", "word/document.xml")))
                .isEmpty();
        assertThat(ContentSniffer.sniff(file("html", "<html><script>".getBytes(StandardCharsets.US_ASCII))))
                .isEmpty();
        assertThat(ContentSniffer.sniff(file("exe", new byte[] {'M', 'Z', 0, 0})))
                .isEmpty();
        assertThat(ContentSniffer.sniff(file("broken-zip", new byte[] {'P', 'K', 3, 4, 1, 2})))
                .isEmpty();
        assertThat(ContentSniffer.sniff(file("empty", new byte[0]))).isEmpty();
    }

    @Test
    void theFileNameClaimsATypeByItsEnding() {
        assertThat(AppendixType.ofFileName("Bilag 1.PDF")).contains(AppendixType.PDF);
        assertThat(AppendixType.ofFileName("foto.jpeg")).contains(AppendixType.JPEG);
        assertThat(AppendixType.ofFileName("foto.jpg")).contains(AppendixType.JPEG);
        assertThat(AppendixType.ofFileName("regneark.xlsx")).contains(AppendixType.XLSX);
        assertThat(AppendixType.ofFileName("gammel.doc")).isEmpty();
        assertThat(AppendixType.ofFileName("uden-endelse")).isEmpty();
    }
}
