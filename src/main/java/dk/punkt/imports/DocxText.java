package dk.punkt.imports;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Turns a Word document into the text form the parser reads, so DOCX and text go through one model: heading
 * styles become {@code #} headings, paragraphs in bold become {@code **…**}, list paragraphs {@code -} or
 * {@code 1.} items, tables tab-separated rows. Line numbers in error messages count lines of this text.
 */
final class DocxText {

    /** Heading styles by id or name: "Heading1", "heading 2", Danish Word's "Overskrift1". */
    private static final Pattern HEADING_STYLE =
            Pattern.compile("^(?:heading|overskrift|titel|title)\\s*(\\d)?$", Pattern.CASE_INSENSITIVE);

    private DocxText() {}

    /** A DOCX by its name or its bytes (a ZIP archive: "PK\3\4"). */
    static boolean isDocx(String fileName, byte[] content) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".docx")
                || content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    static String toText(String fileName, byte[] content) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            StringBuilder text = new StringBuilder();
            Map<String, Integer> counters = new HashMap<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    String line = paragraphLine(document, paragraph, counters);
                    if (!line.isBlank()) {
                        text.append(line).append("\n\n");
                    }
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cells.add(cell.getText()
                                    .replace('\t', ' ')
                                    .replace('\n', ' ')
                                    .strip());
                        }
                        text.append(String.join("\t", cells)).append('\n');
                    }
                    text.append('\n');
                }
            }
            return text.toString();
        } catch (Exception | LinkageError e) {
            // Not a ZIP, not a Word document, damaged: POI reports it in many ways, the user gets one line.
            throw new ImportException(fileName, null, "is not a readable DOCX document (" + e.getMessage() + ")");
        }
    }

    private static String paragraphLine(XWPFDocument document, XWPFParagraph paragraph, Map<String, Integer> counters) {
        String text = paragraph.getText().replace('\n', ' ').strip();
        if (text.isEmpty()) {
            return "";
        }
        Integer level = headingLevel(document, paragraph.getStyleID());
        if (level != null) {
            return "#".repeat(level) + " " + text;
        }
        if (paragraph.getNumID() != null) {
            String key = paragraph.getNumID() + "/" + paragraph.getNumIlvl();
            if ("bullet".equals(numberFormat(document, paragraph))) {
                return "- " + text;
            }
            int number = counters.merge(key, 1, Integer::sum);
            return number + ". " + text;
        }
        if (allBold(paragraph) && text.length() <= 100 && !text.contains("\t")) {
            return "**" + text + "**";
        }
        return text;
    }

    /** The list's number format ("decimal", "bullet"); level 0's when the paragraph names no level. */
    private static String numberFormat(XWPFDocument document, XWPFParagraph paragraph) {
        String format = paragraph.getNumFmt();
        if (format != null || document.getNumbering() == null) {
            return format;
        }
        try {
            XWPFNum num = document.getNumbering().getNum(paragraph.getNumID());
            XWPFAbstractNum abstractNum = document.getNumbering()
                    .getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
            return abstractNum
                    .getCTAbstractNum()
                    .getLvlArray(0)
                    .getNumFmt()
                    .getVal()
                    .toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Integer headingLevel(XWPFDocument document, String styleId) {
        if (styleId == null) {
            return null;
        }
        Integer level = levelOf(styleId);
        if (level == null && document.getStyles() != null) {
            XWPFStyle style = document.getStyles().getStyle(styleId);
            if (style != null && style.getName() != null) {
                level = levelOf(style.getName());
            }
        }
        return level;
    }

    private static Integer levelOf(String name) {
        Matcher heading = HEADING_STYLE.matcher(name.strip());
        if (!heading.matches()) {
            return null;
        }
        return heading.group(1) == null ? 1 : Math.max(1, Math.min(6, Integer.parseInt(heading.group(1))));
    }

    private static boolean allBold(XWPFParagraph paragraph) {
        boolean any = false;
        for (XWPFRun run : paragraph.getRuns()) {
            String text = run.text();
            if (text == null || text.isBlank()) {
                continue;
            }
            if (!run.isBold()) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
