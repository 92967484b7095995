package dk.punkt.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.punkt.committees.CommitteeService;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingState;
import dk.punkt.meetings.MeetingView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** The agenda and minutes as tagged PDF, public and member versions, over the demo data. */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentPdfIT {

    private static final String CLOSED_TEXT = "Demoindhold";

    @Autowired
    MockMvc mvc;

    @Autowired
    CommitteeService committees;

    @Autowired
    MeetingService meetings;

    private List<MeetingView> chefforum() {
        long id = committees.findByName("Chefforum").orElseThrow().id();
        return meetings.findByCommittee(id);
    }

    private MeetingView meetingOn(LocalDate date) {
        return chefforum().stream()
                .filter(m -> m.date().equals(date))
                .findFirst()
                .orElseThrow();
    }

    private MeetingView comingIn(MeetingState state) {
        return chefforum().stream()
                .filter(m -> m.state() == state && m.date().isAfter(LocalDate.of(2026, 1, 1)))
                .findFirst()
                .orElseThrow();
    }

    private byte[] pdf(String url, String userName) throws Exception {
        var request = get(url);
        if (userName != null) {
            request = request.with(user(userName));
        }
        byte[] bytes = mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Path out = Path.of(
                "target", "pdf", url.replaceAll("[^a-z0-9]+", "-") + (userName == null ? "" : userName) + ".pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, bytes);
        return bytes;
    }

    private static String text(PDDocument pdf) throws Exception {
        return new PDFTextStripper().getText(pdf);
    }

    @Test
    void approvedMinutesAreATaggedPdfWithContentsBookmarksAndLanguage() throws Exception {
        MeetingView june = meetingOn(LocalDate.of(2024, 6, 6));
        byte[] bytes = pdf("/offentlig/moeder/" + june.id() + "/dokument.pdf", null);

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = text(pdf);
            assertThat(text)
                    .contains("REFERAT Chefforum d. 06-06-2024")
                    .contains("Mødedato")
                    .contains("Mødested")
                    .contains("Indholdsfortegnelse")
                    .contains("Punkt 1:")
                    .contains("Punkt 2: CF - Status på budget 2025")
                    .contains("00.30.00-P00-6-23")
                    .contains("Kommunaldirektøren indstiller,")
                    .contains("Beslutning")
                    .contains("Side 1 af " + pdf.getNumberOfPages());
            var catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualToIgnoringCase("da-DK");
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getStructureTreeRoot().getK()).isNotNull();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("REFERAT Chefforum d. 06-06-2024");
            assertThat(catalog.getViewerPreferences()).isNotNull();

            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : catalog.getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).contains("Indholdsfortegnelse");
            assertThat(bookmarks.stream().filter(b -> b.startsWith("Punkt ")))
                    .hasSizeGreaterThanOrEqualTo(2)
                    .first()
                    .asString()
                    .startsWith("Punkt 1: ");
        }
    }

    @Test
    void theMinutesAndTheAgendaPassVeraPdfsPdfUa1Check() throws Exception {
        MeetingView june = meetingOn(LocalDate.of(2024, 6, 6));
        MeetingView coming = comingIn(MeetingState.DAGSORDEN_UDSENDT);

        assertThat(PdfUa.failures(pdf("/offentlig/moeder/" + june.id() + "/dokument.pdf", null)))
                .isEmpty();
        assertThat(PdfUa.failures(pdf("/moeder/" + coming.id() + "/dokument.pdf", "medlem")))
                .isEmpty();
    }

    @Test
    void theMeetingPagesLinkTheirPdf() throws Exception {
        MeetingView june = meetingOn(LocalDate.of(2024, 6, 6));

        mvc.perform(get("/offentlig/moeder/" + june.id()))
                .andExpect(content().string(containsString("/offentlig/moeder/" + june.id() + "/dokument.pdf")))
                .andExpect(content().string(containsString("/offentlig/moeder/" + june.id() + "/dokument.docx")));
        mvc.perform(get("/moeder/" + june.id()).with(user("medlem")))
                .andExpect(content().string(containsString("\"/moeder/" + june.id() + "/dokument.pdf")));
    }

    @Test
    void thePublicPdfOfTheComingAgendaLeavesTheClosedItemOut() throws Exception {
        MeetingView coming = comingIn(MeetingState.DAGSORDEN_UDSENDT);

        try (PDDocument pdf = Loader.loadPDF(pdf("/offentlig/moeder/" + coming.id() + "/dokument.pdf", null))) {
            String text = text(pdf);
            assertThat(text)
                    .contains("DAGSORDEN Chefforum")
                    .contains("Mødedeltagere")
                    .contains("CF - Personalesag (lukket punkt)");
            assertThat(text).contains("Punktet er lukket");
            assertThat(text).doesNotContain(CLOSED_TEXT);
        }
        // A member logged in still gets the public version at the public address.
        try (PDDocument pdf = Loader.loadPDF(pdf("/offentlig/moeder/" + coming.id() + "/dokument.pdf", "medlem"))) {
            assertThat(text(pdf)).doesNotContain(CLOSED_TEXT);
        }
    }

    @Test
    void membersGetTheClosedItemAndEmployeesDoNot() throws Exception {
        MeetingView coming = comingIn(MeetingState.DAGSORDEN_UDSENDT);

        try (PDDocument pdf = Loader.loadPDF(pdf("/moeder/" + coming.id() + "/dokument.pdf", "medlem"))) {
            assertThat(text(pdf)).contains(CLOSED_TEXT);
        }
        try (PDDocument pdf = Loader.loadPDF(pdf("/moeder/" + coming.id() + "/dokument.pdf", "medarbejder"))) {
            assertThat(text(pdf)).doesNotContain(CLOSED_TEXT).contains("CF - Personalesag (lukket punkt)");
        }
    }

    @Test
    void unpublishedAndUnknownMeetingsHaveNoPublicPdf() throws Exception {
        MeetingView planned = comingIn(MeetingState.PLANLAGT);

        mvc.perform(get("/offentlig/moeder/" + planned.id() + "/dokument.pdf")).andExpect(status().isNotFound());
        mvc.perform(get("/offentlig/moeder/999999/dokument.pdf")).andExpect(status().isNotFound());
        mvc.perform(get("/moeder/" + planned.id() + "/dokument.pdf")).andExpect(status().is3xxRedirection());
    }
}
