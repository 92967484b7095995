package dk.punkt.publishing.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The styles and numberings of the DOCX, written as WordprocessingML so that they are Word's own: built-in style
 * names ("heading 1", "toc 1") make Word's navigation pane, table of contents and accessibility checker treat them
 * as headings. Danish is the document language.
 */
final class DocxStyles {

    static final String TITLE = "Title";
    static final String TOC_HEADING = "TOCHeading";
    static final String TOC_1 = "TOC1";
    static final String META = "Meta";
    static final String LIST = "ListParagraph";
    static final String HYPERLINK = "Hyperlink";

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    private static final BigInteger ITEMS_NUM = BigInteger.ONE;
    private static final BigInteger BULLETS_NUM = BigInteger.TWO;

    private static final String STYLES = "<w:styles " + W + ">"
            + "<w:docDefaults><w:rPrDefault><w:rPr>"
            + "<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:eastAsia=\"Arial\" w:cs=\"Arial\"/>"
            + "<w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/><w:lang w:val=\"da-DK\" w:eastAsia=\"da-DK\" w:bidi=\"ar-SA\"/>"
            + "</w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr>"
            + "</w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
            + "</w:style>"
            + "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
            + "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>"
            + paragraphStyle(TITLE, "Title", "<w:spacing w:after=\"360\"/>", "<w:b/><w:sz w:val=\"36\"/>")
            + paragraphStyle(
                    DocxRenderer.HEADING_1,
                    "heading 1",
                    "<w:keepNext/><w:pageBreakBefore/><w:numPr><w:numId w:val=\"" + ITEMS_NUM + "\"/></w:numPr>"
                            + "<w:spacing w:before=\"0\" w:after=\"160\"/><w:outlineLvl w:val=\"0\"/>",
                    "<w:b/><w:sz w:val=\"28\"/>")
            + paragraphStyle(
                    DocxRenderer.HEADING_2,
                    "heading 2",
                    "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"60\"/><w:outlineLvl w:val=\"1\"/>",
                    "<w:b/><w:sz w:val=\"24\"/>")
            + paragraphStyle(
                    DocxRenderer.HEADING_3,
                    "heading 3",
                    "<w:keepNext/><w:spacing w:before=\"200\" w:after=\"40\"/><w:outlineLvl w:val=\"2\"/>",
                    "<w:b/>")
            + paragraphStyle(
                    TOC_HEADING,
                    "TOC Heading",
                    "<w:keepNext/><w:spacing w:before=\"480\" w:after=\"160\"/>",
                    "<w:b/>" + "<w:sz w:val=\"26\"/>")
            + paragraphStyle(
                    TOC_1,
                    "toc 1",
                    "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"9628\"/></w:tabs>"
                            + "<w:spacing w:after=\"80\"/>",
                    "")
            + paragraphStyle(
                    META,
                    "Mødeoplysning",
                    "<w:tabs><w:tab w:val=\"left\" w:pos=\"2268\"/></w:tabs><w:spacing w:after=\"80\"/>"
                            + "<w:ind w:left=\"2268\" w:hanging=\"2268\"/>",
                    "")
            + paragraphStyle(
                    LIST,
                    "List Paragraph",
                    "<w:spacing w:after=\"60\"/><w:ind w:left=\"720\"/><w:contextualSpacing/>",
                    "")
            + "<w:style w:type=\"character\" w:styleId=\"" + HYPERLINK + "\"><w:name w:val=\"Hyperlink\"/>"
            + "<w:basedOn w:val=\"DefaultParagraphFont\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>"
            + "<w:rPr><w:color w:val=\"0B4F8A\"/><w:u w:val=\"single\"/></w:rPr></w:style>"
            + "</w:styles>";

    /** "Punkt N:" before every Heading 1 (num 1); bullets (num 2); decimal lists (a new num per list restarts at 1). */
    private static final String NUMBERING = "<w:numbering " + W + ">"
            + "<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"singleLevel\"/>"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
            + "<w:pStyle w:val=\"" + DocxRenderer.HEADING_1 + "\"/><w:suff w:val=\"space\"/>"
            + "<w:lvlText w:val=\"Punkt %1:\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"0\" w:firstLine=\"0\"/>"
            + "</w:pPr></w:lvl></w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"2\"><w:multiLevelType w:val=\"singleLevel\"/>"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/>"
            + "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:lvl>"
            + "</w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"3\"><w:multiLevelType w:val=\"singleLevel\"/>"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/>"
            + "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:lvl>"
            + "</w:abstractNum>"
            + "</w:numbering>";

    private final XWPFNumbering numbering;
    private final BigInteger decimalAbstract;

    private DocxStyles(XWPFNumbering numbering, BigInteger decimalAbstract) {
        this.numbering = numbering;
        this.decimalAbstract = decimalAbstract;
    }

    static DocxStyles install(XWPFDocument docx) throws XmlException {
        docx.createStyles().setStyles(StylesDocument.Factory.parse(STYLES).getStyles());
        XWPFNumbering numbering = docx.createNumbering();
        CTNumbering definitions = NumberingDocument.Factory.parse(NUMBERING).getNumbering();
        List<BigInteger> abstractIds = new ArrayList<>();
        for (CTAbstractNum abstractNum : definitions.getAbstractNumArray()) {
            abstractIds.add(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
        }
        BigInteger items = numbering.addNum(abstractIds.get(0));
        BigInteger bullets = numbering.addNum(abstractIds.get(1));
        if (!items.equals(ITEMS_NUM) || !bullets.equals(BULLETS_NUM)) {
            throw new IllegalStateException("Unexpected DOCX numbering ids " + items + ", " + bullets);
        }
        return new DocxStyles(numbering, abstractIds.get(2));
    }

    BigInteger bullets() {
        return BULLETS_NUM;
    }

    /** A new decimal list, counting from 1. */
    BigInteger newDecimalList() {
        BigInteger numId = numbering.addNum(decimalAbstract);
        CTNumLvl override = numbering.getNum(numId).getCTNum().addNewLvlOverride();
        override.setIlvl(BigInteger.ZERO);
        override.addNewStartOverride().setVal(BigInteger.ONE);
        return numId;
    }

    private static String paragraphStyle(String id, String name, String paragraph, String run) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
                + "<w:pPr>" + paragraph + "</w:pPr>" + (run.isEmpty() ? "" : "<w:rPr>" + run + "</w:rPr>")
                + "</w:style>";
    }
}
