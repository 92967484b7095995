package dk.punkt.publishing.internal;

import dk.punkt.publishing.MeetingDocument;
import dk.punkt.web.Formats;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.springframework.stereotype.Component;

/**
 * The meeting document as Word (DOCX), so that a secretary can edit it when she must: Word's own heading styles,
 * items numbered "Punkt N:" by a numbering attached to Heading 1, a table of contents field Word fills in on
 * opening, and "Side X af Y" in the footer.
 */
@Component
public class DocxRenderer {

    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String HEADING_3 = "Heading3";

    public byte[] render(MeetingDocument document, boolean publicVersion) {
        try (XWPFDocument docx = new XWPFDocument()) {
            DocxStyles styles = DocxStyles.install(docx);
            properties(docx, document);
            headerAndFooter(docx, document);
            pageSetup(docx);
            frontPage(docx, document, publicVersion);
            DocxRichText richText = new DocxRichText(docx, styles);
            timetable(docx, document, richText);
            for (MeetingDocument.Item item : document.items()) {
                item(docx, item, richText);
            }
            docx.enforceUpdateFields();
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the DOCX of meeting " + document.id(), e);
        } catch (XmlException e) {
            throw new IllegalStateException("Invalid built-in DOCX numbering definition", e);
        }
    }

    private static void properties(XWPFDocument docx, MeetingDocument document) {
        var core = docx.getProperties().getCoreProperties();
        core.setTitle(document.title());
        core.setCreator(document.committee());
        core.setSubjectProperty(
                kindLabel(document) + " for " + document.committee() + ", " + Formats.longDate(document.date()));
        core.getUnderlyingProperties().setLanguageProperty("da-DK");
    }

    private static void headerAndFooter(XWPFDocument docx, MeetingDocument document) {
        XWPFParagraph header = docx.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        XWPFRun headerText = header.createRun();
        headerText.setText(
                document.committee() + " · " + kindLabel(document) + " · " + Formats.longDate(document.date()));
        headerText.setFontSize(8.5);
        XWPFParagraph footer = docx.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        footer.setAlignment(ParagraphAlignment.RIGHT);
        footer.createRun().setText("Side ");
        field(footer, "PAGE", "1");
        footer.createRun().setText(" af ");
        field(footer, "NUMPAGES", "1");
    }

    private static void frontPage(XWPFDocument docx, MeetingDocument document, boolean publicVersion) {
        XWPFParagraph title = docx.createParagraph();
        title.setStyle(DocxStyles.TITLE);
        title.createRun()
                .setText(document.kind().name() + " " + document.committee() + " d. "
                        + Formats.shortDate(document.date()));
        String when = Formats.longDate(document.date())
                + (document.startTime() == null ? "" : " kl. " + Formats.time(document.startTime()));
        meta(docx, "Mødedato", List.of(when));
        if (document.location() != null) {
            meta(docx, "Mødested", List.of(document.location()));
        }
        if (!document.participants().isEmpty()) {
            meta(
                    docx,
                    "Mødedeltagere",
                    document.participants().stream()
                            .map(MeetingDocument.Person::printed)
                            .toList());
        }
        if (!document.absent().isEmpty()) {
            meta(docx, "Afbud", people(document.absent()));
        }
        if (publicVersion && document.items().stream().anyMatch(MeetingDocument.Item::withheld)) {
            docx.createParagraph()
                    .createRun()
                    .setText("Dette er den offentlige udgave. Lukkede punkters indhold og lukkede bilag er udeladt.");
        }
        XWPFParagraph tocHeading = docx.createParagraph();
        tocHeading.setStyle(DocxStyles.TOC_HEADING);
        tocHeading.createRun().setText("Indholdsfortegnelse");
        tableOfContents(docx, document);
    }

    /**
     * The timetable on its own page, as the PDF has it (it was missing from the DOCX): a table written through the
     * same HTML-subset writer as the sections' tables, under a heading that is not numbered and not in the TOC.
     */
    private static void timetable(XWPFDocument docx, MeetingDocument document, DocxRichText richText) {
        if (document.timetable().isEmpty()) {
            return;
        }
        XWPFParagraph heading = docx.createParagraph();
        heading.setStyle(DocxStyles.TOC_HEADING);
        heading.setPageBreak(true);
        heading.createRun().setText("Tidsplan");
        StringBuilder html = new StringBuilder("<table><thead><tr><th>Nr.</th><th>Type</th><th>Punkt</th>"
                + "<th>Ansvarlig</th><th>Tid</th></tr></thead><tbody>");
        for (MeetingDocument.TimetableEntry row : document.timetable()) {
            String time = row.minutes() == 0 && row.number() != null
                    ? Formats.timetableTime(row.start())
                    : Formats.timetableTime(row.start()) + " - " + Formats.timetableTime(row.end()) + " ("
                            + row.minutes() + ")";
            MeetingDocument.Item item =
                    row.number() == null || row.number() > document.items().size()
                            ? null
                            : document.items().get(row.number() - 1);
            html.append("<tr><td>")
                    .append(row.number() == null ? "" : row.number())
                    .append("</td><td>")
                    .append(item == null ? "Pause" : escape(item.type()))
                    .append("</td><td>")
                    .append(item == null ? "" : escape(item.title()))
                    .append("</td><td>")
                    .append(item == null ? "" : escape(item.responsible()))
                    .append("</td><td>")
                    .append(time)
                    .append("</td></tr>");
        }
        richText.append(html.append("</tbody></table>").toString());
    }

    private static String escape(String text) {
        return text == null ? "" : org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static List<String> people(List<MeetingDocument.Person> people) {
        return people.stream()
                .map(person -> person.name()
                        + (person.title() == null || person.title().isBlank() ? "" : " (" + person.title() + ")"))
                .toList();
    }

    private static void meta(XWPFDocument docx, String label, List<String> lines) {
        XWPFParagraph paragraph = docx.createParagraph();
        paragraph.setStyle(DocxStyles.META);
        XWPFRun name = paragraph.createRun();
        name.setBold(true);
        name.setText(label);
        for (int i = 0; i < lines.size(); i++) {
            XWPFRun value = paragraph.createRun();
            if (i > 0) {
                value.addBreak();
            }
            value.addTab();
            value.setText(lines.get(i));
        }
    }

    /**
     * A TOC field over Heading 1. Its cached result lists the items without page numbers, so the document reads
     * well before Word has updated the field (it asks to on opening).
     */
    private static void tableOfContents(XWPFDocument docx, MeetingDocument document) {
        XWPFParagraph first = docx.createParagraph();
        first.setStyle(DocxStyles.TOC_1);
        fieldChar(first, STFldCharType.BEGIN);
        instruction(first, " TOC \\o \"1-1\" \\h \\z \\u ");
        fieldChar(first, STFldCharType.SEPARATE);
        XWPFParagraph current = first;
        List<MeetingDocument.Item> items = document.items();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                current = docx.createParagraph();
                current.setStyle(DocxStyles.TOC_1);
            }
            current.createRun()
                    .setText("Punkt " + items.get(i).number() + ": "
                            + items.get(i).title());
        }
        fieldChar(current, STFldCharType.END);
    }

    private static void item(XWPFDocument docx, MeetingDocument.Item item, DocxRichText richText) {
        XWPFParagraph heading = docx.createParagraph();
        heading.setStyle(HEADING_1);
        heading.createRun().setText(item.title());
        if (item.caseNumber() != null) {
            XWPFParagraph caseNumber = docx.createParagraph();
            XWPFRun run = caseNumber.createRun();
            run.setBold(true);
            run.setText(item.caseNumber());
        }
        if (item.postponedFrom() != null) {
            docx.createParagraph().createRun().setText(item.postponedNote());
        }
        if (item.withheld()) {
            docx.createParagraph()
                    .createRun()
                    .setText("Punktet er lukket. Indholdet er udeladt, idet det indeholder fortrolige oplysninger.");
            return;
        }
        if (item.closed()) {
            docx.createParagraph().createRun().setText("Lukket punkt.");
        }
        for (MeetingDocument.Section section : item.sections()) {
            XWPFParagraph name = docx.createParagraph();
            name.setStyle(HEADING_2);
            name.createRun().setText(section.name());
            richText.append(section.text());
        }
    }

    private static void field(XWPFParagraph paragraph, String instruction, String placeholder) {
        fieldChar(paragraph, STFldCharType.BEGIN);
        instruction(paragraph, " " + instruction + " ");
        fieldChar(paragraph, STFldCharType.SEPARATE);
        paragraph.createRun().setText(placeholder);
        fieldChar(paragraph, STFldCharType.END);
    }

    private static void instruction(XWPFParagraph paragraph, String instruction) {
        CTText text = paragraph.createRun().getCTR().addNewInstrText();
        text.setStringValue(instruction);
        text.setSpace(SpaceAttribute.Space.PRESERVE);
    }

    /** A4 with the margins of the PDF. */
    private static void pageSetup(XWPFDocument docx) {
        CTBody body = docx.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1361));
        margins.setBottom(BigInteger.valueOf(1247));
        margins.setLeft(BigInteger.valueOf(1247));
        margins.setRight(BigInteger.valueOf(1134));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
    }

    private static void fieldChar(XWPFParagraph paragraph, STFldCharType.Enum type) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(type);
    }

    private static String kindLabel(MeetingDocument document) {
        return document.kind() == MeetingDocument.Kind.REFERAT ? "Referat" : "Dagsorden";
    }
}
