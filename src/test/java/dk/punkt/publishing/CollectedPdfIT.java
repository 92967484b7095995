package dk.punkt.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.punkt.accounts.AccountService;
import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.items.AppendixService;
import dk.punkt.items.ItemService;
import dk.punkt.items.ItemView;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The collected PDF (samlet PDF): the tagged document, then the open PDF and picture appendices with a bookmark
 * each under "Bilag"; Word files listed with their address; closed appendices only for those with access.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CollectedPdfIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    CommitteeService committees;

    @Autowired
    MeetingService meetings;

    @Autowired
    ItemService items;

    @Autowired
    AppendixService appendices;

    @Autowired
    AccountService accounts;

    private TestMeetings fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new TestMeetings(committees, meetings, items, appendices);
    }

    @Test
    void theCollectedPdfAppendsOpenAppendicesWithBookmarksAndKeepsClosedOnesForMembers() throws Exception {
        long member = accounts.findByUsername("medarbejder").orElseThrow().id();
        CommitteeView committee = fixtures.committee("Samleudvalget", member);
        MeetingView meeting = fixtures.plan(committee, LocalDate.of(2031, 5, 8));
        ItemView open = fixtures.draft(committee, meeting, "Ny legeplads i parken", false, 1);
        ItemView closed = fixtures.draft(committee, meeting, "Personalesag om en leder", true, 2);
        fixtures.upload(open, "Bilag 1 Tegning af legepladsen.pdf", false, TestMeetings.pdf("AABENT-PDF-BILAG", 2));
        fixtures.upload(open, "Bilag 2 Tilbud.pdf", true, TestMeetings.pdf("LUKKET-TILBUD", 1));
        fixtures.upload(open, "Bilag 3 Notat.docx", false, TestMeetings.docx("Notat om legepladsen"));
        fixtures.upload(open, "Bilag 4 Foto.png", false, TestMeetings.png());
        fixtures.upload(closed, "Bilag 5 Personaleoplysninger.pdf", false, TestMeetings.pdf("LUKKET-PUNKT-BILAG", 1));
        fixtures.publish(meeting, List.of(open, closed));

        MockHttpServletResponse response = mvc.perform(get("/offentlig/moeder/" + meeting.id() + "/samlet.pdf"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).contains("-samlet.pdf");
        String etag = response.getHeader("ETag");
        assertThat(etag).isNotBlank();
        byte[] publicPdf = response.getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(publicPdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Punkt 1: Ny legeplads i parken", "Bilagsoversigt", "AABENT-PDF-BILAG side 1")
                    .contains("AABENT-PDF-BILAG side 2", "Bilag 3 Notat.docx", "Word-fil, ikke omsat til PDF")
                    .contains("http://localhost:8080/bilag")
                    .doesNotContain("LUKKET-TILBUD", "LUKKET-PUNKT-BILAG", "Bilag 2 Tilbud.pdf")
                    .doesNotContain("Personaleoplysninger");
            // The front document stays tagged; the appendices follow it.
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("da-DK");
            List<String> appendixBookmarks = appendixBookmarks(document);
            assertThat(appendixBookmarks)
                    .containsExactly("Punkt 1: Bilag 1 Tegning af legepladsen.pdf", "Punkt 1: Bilag 4 Foto.png");
            int frontPages = pagesOf(mvc.perform(get("/offentlig/moeder/" + meeting.id() + "/dokument.pdf"))
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray());
            // The collected front has one page more (Bilagsoversigt), then 2 PDF pages and the picture.
            assertThat(document.getNumberOfPages()).isEqualTo(frontPages + 1 + 2 + 1);
        }

        mvc.perform(get("/offentlig/moeder/" + meeting.id() + "/samlet.pdf").header("If-None-Match", etag))
                .andExpect(status().isNotModified());

        byte[] memberPdf = mvc.perform(
                        get("/moeder/" + meeting.id() + "/samlet.pdf").with(user("medarbejder")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(memberPdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("LUKKET-TILBUD side 1", "LUKKET-PUNKT-BILAG side 1");
            assertThat(appendixBookmarks(document)).hasSize(4);
        }

        // The frozen agenda version has its own, immutable collected PDF, public cut as well.
        MockHttpServletResponse version = mvc.perform(
                        get("/offentlig/moeder/" + meeting.id() + "/versioner/1/samlet.pdf"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(version.getHeader("Cache-Control")).contains("immutable");
        assertThat(version.getHeader("Last-Modified")).isNotBlank();
        try (PDDocument document = Loader.loadPDF(version.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("AABENT-PDF-BILAG side 2")
                    .doesNotContain("LUKKET-TILBUD", "LUKKET-PUNKT-BILAG");
        }
        mvc.perform(get("/moeder/" + meeting.id() + "/versioner/1/samlet.pdf").with(user("medarbejder")))
                .andExpect(status().isOk());
    }

    @Test
    void aDocumentWithoutAppendicesIsStillTaggedPdfUa() throws Exception {
        CommitteeView committee = fixtures.committee("Bilagsløst udvalg", null);
        MeetingView meeting = fixtures.plan(committee, LocalDate.of(2031, 5, 9));
        ItemView item = fixtures.draft(committee, meeting, "Orientering uden bilag", false, 1);
        fixtures.publish(meeting, List.of(item));

        byte[] pdf = mvc.perform(get("/offentlig/moeder/" + meeting.id() + "/samlet.pdf"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfUa.failures(pdf)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Dokumentet har ingen åbne bilag.");
        }
    }

    @Test
    void thePublicMeetingPageLinksTheCollectedPdfAndTheOpenAppendices() throws Exception {
        CommitteeView committee = fixtures.committee("Linkudvalget", null);
        MeetingView meeting = fixtures.plan(committee, LocalDate.of(2031, 5, 10));
        ItemView item = fixtures.draft(committee, meeting, "Plan for stier", false, 1);
        fixtures.upload(item, "Kort over stierne.pdf", false, TestMeetings.pdf("KORT", 1));
        fixtures.upload(item, "Hemmeligt kort.pdf", true, TestMeetings.pdf("HEMMELIGT", 1));
        fixtures.publish(meeting, List.of(item));

        String html = mvc.perform(get("/offentlig/moeder/" + meeting.id()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("/offentlig/moeder/" + meeting.id() + "/samlet.pdf")
                .contains("Hent samlet PDF med bilag")
                .contains("Kort over stierne.pdf")
                .doesNotContain("Hemmeligt kort.pdf");
        assertThat(mvc.perform(get("/offentlig/moeder/" + meeting.id() + "/versioner/1"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("/offentlig/moeder/" + meeting.id() + "/versioner/1/samlet.pdf");
    }

    private static List<String> appendixBookmarks(PDDocument document) {
        List<String> titles = new ArrayList<>();
        for (PDOutlineItem top :
                document.getDocumentCatalog().getDocumentOutline().children()) {
            if ("Bilag".equals(top.getTitle())) {
                top.children().forEach(child -> titles.add(child.getTitle()));
            }
        }
        return titles;
    }

    private static int pagesOf(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }
}
