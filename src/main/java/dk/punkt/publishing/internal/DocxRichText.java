package dk.punkt.publishing.internal;

import dk.punkt.items.RichText;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Writes the sanitised HTML subset of a section (p, br, lists, bold, italic, links, tables, h3/h4) as Word
 * paragraphs, lists, runs and tables. The sanitiser's output is well-formed XML, so the JDK parser reads it.
 */
final class DocxRichText {

    private final XWPFDocument docx;
    private final DocxStyles styles;
    private final DocumentBuilder parser;

    DocxRichText(XWPFDocument docx, DocxStyles styles) {
        this.docx = docx;
        this.styles = styles;
        this.parser = newParser();
    }

    void append(String html) {
        Element root = parse(RichText.sanitize(html));
        blocks(root);
    }

    private Element parse(String xhtml) {
        try {
            return parser.parse(new InputSource(new StringReader("<div>" + xhtml + "</div>")))
                    .getDocumentElement();
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException(
                    "Section text is not well-formed after sanitising: " + e.getMessage(), e);
        }
    }

    /** Block children of {@code parent}; loose text and inline elements between blocks form a paragraph. */
    private void blocks(Node parent) {
        XWPFParagraph loose = null;
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            String name = name(node);
            switch (name) {
                case "p" -> {
                    loose = null;
                    inline(node, docx.createParagraph(), false, false);
                }
                case "h3", "h4" -> {
                    loose = null;
                    XWPFParagraph heading = docx.createParagraph();
                    heading.setStyle(DocxRenderer.HEADING_3);
                    inline(node, heading, false, false);
                }
                case "ul", "ol" -> {
                    loose = null;
                    list((Element) node, name.equals("ol") ? styles.newDecimalList() : styles.bullets());
                }
                case "table" -> {
                    loose = null;
                    table((Element) node);
                }
                default -> {
                    if (node.getNodeType() == Node.TEXT_NODE
                            && node.getTextContent().isBlank()
                            && loose == null) {
                        continue;
                    }
                    if (loose == null) {
                        loose = docx.createParagraph();
                    }
                    inlineNode(node, loose, false, false);
                }
            }
        }
    }

    private void list(Element list, BigInteger numId) {
        for (Node node = list.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!name(node).equals("li")) {
                continue;
            }
            XWPFParagraph paragraph = docx.createParagraph();
            paragraph.setStyle(DocxStyles.LIST);
            paragraph.setNumID(numId);
            paragraph.setNumILvl(BigInteger.ZERO);
            List<Element> nested = new ArrayList<>();
            for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                String childName = name(child);
                if (childName.equals("ul") || childName.equals("ol")) {
                    nested.add((Element) child);
                } else {
                    inlineNode(child, paragraph, false, false);
                }
            }
            // Word lists here are one level deep; a nested list follows its item as its own list.
            for (Element sub : nested) {
                list(sub, name(sub).equals("ol") ? styles.newDecimalList() : styles.bullets());
            }
        }
    }

    private void table(Element table) {
        List<Element> rows = new ArrayList<>();
        collectRows(table, rows);
        int columns = rows.stream().mapToInt(row -> cells(row).size()).max().orElse(0);
        if (rows.isEmpty() || columns == 0) {
            return;
        }
        XWPFTable word = docx.createTable(rows.size(), columns);
        word.setWidth("100%");
        for (int r = 0; r < rows.size(); r++) {
            List<Element> cells = cells(rows.get(r));
            boolean headerRow = !cells.isEmpty() && cells.stream().allMatch(c -> name(c).equals("th"));
            if (headerRow) {
                word.getRow(r).setRepeatHeader(true);
            }
            for (int c = 0; c < cells.size(); c++) {
                XWPFTableCell cell = word.getRow(r).getCell(c);
                XWPFParagraph paragraph = cell.getParagraphs().get(0);
                inline(cells.get(c), paragraph, name(cells.get(c)).equals("th"), false);
            }
        }
        docx.createParagraph();
    }

    private static void collectRows(Node parent, List<Element> rows) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            switch (name(node)) {
                case "tr" -> rows.add((Element) node);
                case "thead", "tbody", "tfoot" -> collectRows(node, rows);
                default -> {}
            }
        }
    }

    private static List<Element> cells(Element row) {
        List<Element> cells = new ArrayList<>();
        for (Node node = row.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (name(node).equals("td") || name(node).equals("th")) {
                cells.add((Element) node);
            }
        }
        return cells;
    }

    private void inline(Node parent, XWPFParagraph paragraph, boolean bold, boolean italic) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            inlineNode(node, paragraph, bold, italic);
        }
    }

    private void inlineNode(Node node, XWPFParagraph paragraph, boolean bold, boolean italic) {
        if (node.getNodeType() == Node.TEXT_NODE) {
            String text = node.getTextContent().replaceAll("\\s+", " ");
            if (!text.isEmpty()) {
                format(paragraph.createRun(), bold, italic).setText(text);
            }
            return;
        }
        switch (name(node)) {
            case "strong", "b" -> inline(node, paragraph, true, italic);
            case "em", "i" -> inline(node, paragraph, bold, true);
            case "br" -> paragraph.createRun().addBreak();
            case "a" -> {
                String href = ((Element) node).getAttribute("href");
                if (href.isBlank()) {
                    inline(node, paragraph, bold, italic);
                } else {
                    XWPFRun link = paragraph.createHyperlinkRun(href);
                    link.setStyle(DocxStyles.HYPERLINK);
                    format(link, bold, italic).setText(node.getTextContent());
                }
            }
            default -> inline(node, paragraph, bold, italic);
        }
    }

    /** Only what differs from the paragraph style is set, so the XML stays as Word writes it. */
    private static XWPFRun format(XWPFRun run, boolean bold, boolean italic) {
        if (bold) {
            run.setBold(true);
        }
        if (italic) {
            run.setItalic(true);
        }
        return run;
    }

    private static String name(Node node) {
        return node.getNodeType() == Node.ELEMENT_NODE ? node.getNodeName().toLowerCase(Locale.ROOT) : "";
    }

    private static DocumentBuilder newParser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK XML parser cannot be configured securely", e);
        }
    }
}
