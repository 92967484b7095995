package dk.punkt.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.punkt.publishing.MeetingDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * The corpus as Word documents, built with POI the way Word writes them: heading styles instead of {@code #},
 * bold runs, real numbered and bulleted lists, tables. They parse to the same fields as the text.
 */
class DocxParsingTest {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s*(?:\\*\\*)?(.*?)(?:\\*\\*)?\\s*$");
    private static final Pattern WHOLE_BOLD = Pattern.compile("^\\*\\*([^*]+)\\*\\*$");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,3}\\.\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^-\\s+(.*)$");
    private static final Pattern TOC = Pattern.compile("^.*\\.{3,}\\t\\d+$");

    private final MinutesTextParser parser = new MinutesTextParser();

    static List<String> corpus() {
        return CorpusFiles.NAMES;
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void aWordDocumentParsesToTheSameFieldsAsTheText(String name) {
        byte[] docx = toDocx(CorpusFiles.text(name), name.endsWith("12") ? "Overskrift" : "Heading");

        MeetingDocument fromDocx = parser.parse(name + ".docx", docx);

        CorpusParsingTest.assertSameFields(fromDocx, CorpusParsingTest.parse(name), name);
    }

    @org.junit.jupiter.api.Test
    void wordListsAndTablesBecomeTheSameHtml() {
        String name = "chefforum-2019-10-24";
        MeetingDocument fromDocx = parser.parse(name + ".docx", toDocx(CorpusFiles.text(name), "Heading"));
        MeetingDocument fromText = CorpusParsingTest.parse(name);
        MeetingDocument table = parser.parse("2024.docx", toDocx(CorpusFiles.text("chefforum-2024-06-06"), "Heading"));

        // Bulleted Word lists → <ul>, numbered → <ol>, as from the text.
        assertThat(fromDocx.items().get(2).sections().get(1).text())
                .isEqualTo(fromText.items().get(2).sections().get(1).text())
                .contains("<ul><li>at specificere");
        assertThat(table.items().get(0).sections().get(1).text())
                .isEqualTo(CorpusParsingTest.parse("chefforum-2024-06-06")
                        .items()
                        .get(0)
                        .sections()
                        .get(1)
                        .text());
        assertThat(table.timetable()).hasSize(11);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void aDamagedWordDocumentIsOneClearLine(String name) {
        byte[] docx = toDocx(CorpusFiles.text(name), "Heading");
        byte[] damaged = java.util.Arrays.copyOf(docx, docx.length / 2);
        byte[] noise = new byte[500];
        new Random(3).nextBytes(noise);

        assertThatThrownBy(() -> parser.parse(name + ".docx", damaged))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(name + ".docx: is not a readable DOCX document");
        assertThatThrownBy(() -> parser.parse("noise.docx", noise))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("noise.docx: is not a readable DOCX document");
    }

    /** The text's lines as Word paragraphs; {@code headingStyle} "Overskrift" is Danish Word's style id. */
    static byte[] toDocx(String text, String headingStyle) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BigInteger decimal = numbering(document, STNumberFormat.DECIMAL);
            BigInteger bullet = numbering(document, STNumberFormat.BULLET);
            BigInteger currentList = null;
            List<String> tableRows = new ArrayList<>();
            for (String line : text.split("\n", -1)) {
                if (line.contains("\t") && !TOC.matcher(line).matches()) {
                    tableRows.add(line);
                    continue;
                }
                flushTable(document, tableRows);
                if (line.isBlank()) {
                    continue;
                }
                Matcher heading = HEADING.matcher(line.strip());
                Matcher bold = WHOLE_BOLD.matcher(line.strip());
                Matcher numbered = NUMBERED.matcher(line.strip());
                Matcher bulleted = BULLET.matcher(line.strip());
                XWPFParagraph paragraph = document.createParagraph();
                if (heading.matches()) {
                    paragraph.setStyle(headingStyle + heading.group(1).length());
                    paragraph.createRun().setText(heading.group(2));
                    currentList = null;
                } else if (numbered.matches()) {
                    // A new list after other text restarts at 1, as Word does with a new list.
                    if (currentList == null || !currentList.equals(decimal)) {
                        decimal = numbering(document, STNumberFormat.DECIMAL);
                    }
                    paragraph.setNumID(decimal);
                    currentList = decimal;
                    paragraph.createRun().setText(numbered.group(1).strip());
                } else if (bulleted.matches()) {
                    paragraph.setNumID(bullet);
                    currentList = bullet;
                    paragraph.createRun().setText(bulleted.group(1).strip());
                } else if (bold.matches()) {
                    XWPFRun run = paragraph.createRun();
                    run.setBold(true);
                    run.setText(bold.group(1));
                    currentList = null;
                } else {
                    String[] parts = line.strip().replace("**", "").split("\t", -1);
                    XWPFRun run = paragraph.createRun();
                    for (int i = 0; i < parts.length; i++) {
                        if (i > 0) {
                            run.addTab();
                        }
                        run.setText(parts[i], i);
                    }
                    currentList = null;
                }
            }
            flushTable(document, tableRows);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flushTable(XWPFDocument document, List<String> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int columns =
                rows.stream().mapToInt(r -> r.split("\t", -1).length).max().orElse(1);
        XWPFTable table = document.createTable(rows.size(), columns);
        for (int r = 0; r < rows.size(); r++) {
            String[] cells = rows.get(r).split("\t", -1);
            for (int c = 0; c < columns; c++) {
                table.getRow(r).getCell(c).setText(c < cells.length ? cells[c].strip() : "");
            }
        }
        rows.clear();
    }

    private static int abstractIds = 0;

    private static BigInteger numbering(XWPFDocument document, STNumberFormat.Enum format) {
        XWPFNumbering numbering =
                document.getNumbering() != null ? document.getNumbering() : document.createNumbering();
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(++abstractIds));
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(format);
        level.addNewStart().setVal(BigInteger.ONE);
        BigInteger abstractId =
                numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(abstractNum, numbering));
        return numbering.addNum(abstractId);
    }
}
