package dk.punkt.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.punkt.committees.CommitteeService;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingState;
import dk.punkt.meetings.MeetingView;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** The agenda and minutes as Word documents, reopened with POI. */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentDocxIT {

    private static final String CLOSED_TEXT = "Demoindhold";

    @Autowired
    MockMvc mvc;

    @Autowired
    CommitteeService committees;

    @Autowired
    MeetingService meetings;

    private List<MeetingView> chefforum() {
        return meetings.findByCommittee(
                committees.findByName("Chefforum").orElseThrow().id());
    }

    private MeetingView meetingOn(LocalDate date) {
        return chefforum().stream()
                .filter(m -> m.date().equals(date))
                .findFirst()
                .orElseThrow();
    }

    private MeetingView coming() {
        return chefforum().stream()
                .filter(m ->
                        m.state() == MeetingState.DAGSORDEN_UDSENDT && m.date().isAfter(LocalDate.of(2026, 1, 1)))
                .findFirst()
                .orElseThrow();
    }

    private XWPFDocument docx(String url, String userName) throws Exception {
        var request = get(url);
        if (userName != null) {
            request = request.with(user(userName));
        }
        byte[] bytes = mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(content()
                        .contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Path out = Path.of(
                "target", "docx", url.replaceAll("[^a-z0-9]+", "-") + (userName == null ? "" : userName) + ".docx");
        Files.createDirectories(out.getParent());
        Files.write(out, bytes);
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static List<String> withStyle(XWPFDocument docx, String style) {
        return docx.getParagraphs().stream()
                .filter(p -> style.equals(p.getStyle()))
                .map(XWPFParagraph::getText)
                .toList();
    }

    @Test
    void minutesHaveWordHeadingsANumberedItemPerHeadingAndATableOfContents() throws Exception {
        MeetingView june = meetingOn(LocalDate.of(2024, 6, 6));

        try (XWPFDocument docx = docx("/offentlig/moeder/" + june.id() + "/dokument.docx", null);
                var extractor = new XWPFWordExtractor(docx)) {
            assertThat(withStyle(docx, "Title")).containsExactly("REFERAT Chefforum d. 06-06-2024");
            List<String> items = withStyle(docx, "Heading1");
            assertThat(items).hasSizeGreaterThanOrEqualTo(9);
            assertThat(items.get(1)).isEqualTo("CF - Status på budget 2025");
            assertThat(withStyle(docx, "Heading2")).contains("Indstilling", "Beslutning");
            assertThat(docx.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            // Every Heading 1 is numbered "Punkt %1:" through the style's numbering.
            var numbering = docx.getNumbering();
            var abstractNum = numbering.getAbstractNum(numbering.getAbstractNumID(docx.getStyles()
                    .getStyle("Heading1")
                    .getCTStyle()
                    .getPPr()
                    .getNumPr()
                    .getNumId()
                    .getVal()));
            assertThat(abstractNum
                            .getCTAbstractNum()
                            .getLvlArray(0)
                            .getLvlText()
                            .getVal())
                    .isEqualTo("Punkt %1:");
            assertThat(docx.getDocument().xmlText()).contains("TOC \\o");
            assertThat(withStyle(docx, "TOC1").get(0)).contains("Punkt 1: CF");
            assertThat(docx.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("REFERAT Chefforum d. 06-06-2024");

            String text = extractor.getText();
            assertThat(text)
                    .contains("Indholdsfortegnelse")
                    .contains("Mødedato")
                    .contains("00.30.00-P00-6-23")
                    .contains("Kommunaldirektøren indstiller,")
                    .contains("Tidsplan", "9.50 - 9.55 (5)");
        }
    }

    @Test
    void thePublicDocxLeavesTheClosedItemOutAndTheMemberDocxHasIt() throws Exception {
        MeetingView coming = coming();

        try (XWPFDocument docx = docx("/offentlig/moeder/" + coming.id() + "/dokument.docx", null);
                var extractor = new XWPFWordExtractor(docx)) {
            assertThat(withStyle(docx, "Heading1")).contains("CF - Personalesag (lukket punkt)");
            assertThat(extractor.getText()).contains("Punktet er lukket").doesNotContain(CLOSED_TEXT);
        }
        try (XWPFDocument docx = docx("/moeder/" + coming.id() + "/dokument.docx", "medlem");
                var extractor = new XWPFWordExtractor(docx)) {
            assertThat(extractor.getText()).contains(CLOSED_TEXT);
        }
        try (XWPFDocument docx = docx("/moeder/" + coming.id() + "/dokument.docx", "medarbejder");
                var extractor = new XWPFWordExtractor(docx)) {
            assertThat(extractor.getText()).doesNotContain(CLOSED_TEXT);
        }
    }

    @Test
    void unpublishedMeetingsHaveNoPublicDocx() throws Exception {
        MeetingView planned = chefforum().stream()
                .filter(m -> m.state() == MeetingState.PLANLAGT)
                .findFirst()
                .orElseThrow();

        mvc.perform(get("/offentlig/moeder/" + planned.id() + "/dokument.docx")).andExpect(status().isNotFound());
    }
}
