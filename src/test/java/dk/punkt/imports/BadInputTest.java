package dk.punkt.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Files that are not agendas or minutes: one clear line naming the file and the line or item at fault. */
class BadInputTest {

    private final MinutesTextParser parser = new MinutesTextParser();

    private ImportException failure(String file, String text) {
        return failure(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private ImportException failure(String file, byte[] content) {
        try {
            parser.parse(file, content);
        } catch (ImportException e) {
            assertThat(e.getMessage()).startsWith(file + ": ").doesNotContain("\n");
            return e;
        }
        throw new AssertionError(file + " was parsed, but should have been refused");
    }

    @Test
    void anEmptyFile() {
        assertThat(failure("empty.txt", new byte[0])).hasMessage("empty.txt: is empty");
        assertThat(failure("blank.txt", "\n  \r\n\t\n")).hasMessage("blank.txt: is empty (no text)");
    }

    @Test
    void randomBytes() {
        byte[] bytes = new byte[2048];
        new Random(7).nextBytes(bytes);
        bytes[0] = 'R';
        bytes[1] = 0;

        assertThat(failure("scan.bin", bytes).getMessage())
                .isEqualTo("scan.bin: line 1: is not a text file (control byte 0x00 at byte 1)");
        assertThat(failure("scan.pdf", bytes).getMessage()).startsWith("scan.pdf: is not a readable PDF: ");
    }

    @Test
    void aTextThatIsNotMinutes() {
        ImportException e = failure("notes.txt", "\nIndkøbsliste\n\n- mælk\n- brød\n");

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage())
                .isEqualTo("notes.txt: line 2: expected a title like 'REFERAT Chefforum d. 06-06-2024' or"
                        + " 'DAGSORDEN …', found 'Indkøbsliste'");
    }

    @Test
    void aCommentThatIsNeverClosed() {
        ImportException e =
                failure("open.md", CorpusFiles.text("chefforum-2024-06-06").replaceFirst("\n## ", "\n<!--\n## "));

        assertThat(e.getMessage()).matches("open\\.md: line \\d+: a comment \\('<!--'\\) is never closed \\('-->'\\)");
    }

    @Test
    void aTitleButNoItems() {
        assertThat(failure("header.txt", "REFERAT Chefforum d. 06-06-2024\n\nMødested 915\n")
                        .getMessage())
                .contains("header.txt: line 4: no agenda items: expected headings like 'Punkt 1: …'");
    }

    @Test
    void aFileCutInTheMiddle() {
        String text = CorpusFiles.text("chefforum-2024-06-06");
        String[] lines = text.split("\n");
        String half = String.join("\n", Arrays.copyOf(lines, lines.length / 2));

        assertThat(failure("chefforum-2024-06-06.txt", half).getMessage())
                .matches("chefforum-2024-06-06.txt: line \\d+: the table of contents lists 9 items but only \\d"
                        + " 'Punkt N:' headings were found; the file looks truncated");
    }

    @Test
    void minutesCutBeforeTheLastDecision() {
        String text = CorpusFiles.text("chefforum-2025-02-12");
        String cut = text.substring(0, text.lastIndexOf("### **Beslutning**"));

        assertThat(failure("chefforum-2025-02-12.txt", cut).getMessage())
                .contains("the last item (Punkt 5) of the minutes has no Beslutning section; the file looks truncated");
    }

    @Test
    void aMalformedCaseNumberNamesTheLineAndThePart() {
        String text =
                "REFERAT Chefforum d. 06-06-2024\n\nPunkt 1: Godkendelse\n\n00.01.00-Q3-7-23\n\nBeslutning\n\nOK\n";

        ImportException e = failure("bad-case.txt", text);

        assertThat(e.line()).isEqualTo(5);
        assertThat(e.getMessage()).startsWith("bad-case.txt: line 5: item 1: case number '00.01.00-Q3-7-23': ");
    }

    @Test
    void itemsOutOfOrder() {
        String text =
                "REFERAT Chefforum d. 06-06-2024\n\nPunkt 2: A\n\nBeslutning\n\nOK\n\nPunkt 1: B\n\nBeslutning\n\nOK\n";

        assertThat(failure("order.txt", text).getMessage())
                .isEqualTo("order.txt: line 9: item number 1 follows item 2; items must be numbered in increasing"
                        + " order");
    }

    @Test
    void anImpossibleDate() {
        String text =
                "REFERAT Chefforum\n\nMødedato Torsdag d. 31. februar 2024 kl. 09:00\n\nPunkt 1: A\n\nBeslutning\n\nOK\n";

        assertThat(failure("date.txt", text).getMessage()).startsWith("date.txt: line 3: '");
    }

    @Test
    void aDateThatContradictsTheTitle() {
        String text = "REFERAT Chefforum d. 06-06-2024\n\nMødedato Fredag d. 7. juni 2024 kl. 09:00\n\nPunkt 1: A\n\n"
                + "Beslutning\n\nOK\n";

        assertThat(failure("date.txt", text).getMessage())
                .isEqualTo("date.txt: line 3: Mødedato 2024-06-07 differs from the date in the title (2024-06-06)");
    }
}
