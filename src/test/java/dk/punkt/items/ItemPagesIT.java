package dk.punkt.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.punkt.committees.CommitteeService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The item pages through MockMvc: writing, validation, conflicts, the approval workflow and appendices. */
@SpringBootTest
@AutoConfigureMockMvc
class ItemPagesIT {

    static final String AUTHOR = "sagsbehandler";
    static final String RECOMMENDER = "indstiller";
    static final String SECRETARY = "sekretaer";
    static final String EMPLOYEE = "medarbejder";
    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @Autowired
    MockMvc mvc;

    @Autowired
    CommitteeService committees;

    @Autowired
    ItemService items;

    @Value("${punkt.data-dir}")
    Path dataDir;

    long committee;
    String tag;

    @BeforeEach
    void setUp() {
        committee = committees.findByName("Chefforum").orElseThrow().id();
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    private MvcResult perform(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(username)).with(csrf())).andReturn();
    }

    private static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long createItem(String title, boolean closed) throws Exception {
        MockHttpServletRequestBuilder request = post("/punkter/nyt")
                .param("udvalg", Long.toString(committee))
                .param("title", title)
                .param("caseNumber", "00.01.00-P35-9-22")
                .param("type", "BESLUTNING")
                .param("minutes", "15")
                .param("afsnit-0", "<p>Anledningen <strong>" + tag + "</strong></p><script>alert(1)</script>")
                .param("recommendedBy", "Kommunaldirektøren")
                .param("at", "at sagen godkendes", "", "");
        if (closed) {
            request.param("closed", "true");
        }
        MvcResult result = perform(AUTHOR, request);
        assertThat(result.getResponse().getStatus()).as(html(result)).isEqualTo(302);
        String location = result.getResponse().getRedirectedUrl();
        return Long.parseLong(location.replaceAll("^/punkter/(\\d+).*$", "$1"));
    }

    @Test
    void authorWritesAnItemFromTheTemplate() throws Exception {
        String form = html(perform(AUTHOR, get("/punkter/nyt").param("udvalg", Long.toString(committee))));
        assertThat(form).contains("Anledning", "Resumé", "Sagsfremstilling", "Lovgrundlag", "name=\"at\"");
        assertThat(form.indexOf("Anledning")).isLessThan(form.indexOf("Lovgrundlag"));

        long id = createItem("Side-punkt " + tag, false);

        String page = html(perform(AUTHOR, get("/punkter/" + id)));
        assertThat(page)
                .contains("Side-punkt " + tag, "<strong>" + tag + "</strong>", "at sagen godkendes", "Oprettet")
                .doesNotContain("alert(1)");
        assertThat(html(perform(AUTHOR, get("/punkter")))).contains("Side-punkt " + tag);
    }

    @Test
    void badInputIsShownAgainWithDanishMessagesNamingTheField() throws Exception {
        MvcResult result = perform(
                AUTHOR,
                post("/punkter/nyt")
                        .param("udvalg", Long.toString(committee))
                        .param("title", "")
                        .param("caseNumber", "00.01.00-X5-9-22")
                        .param("minutes", "et kvarter")
                        .param("afsnit-2", "<p>Min tekst " + tag + "</p>"));

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(result))
                .contains(
                        "Skriv en titel.",
                        "Handlingsfacetten 'X5'",
                        "et kvarter",
                        "Min tekst " + tag,
                        "aria-invalid=\"true\"",
                        "fejlopsummering");
    }

    @Test
    void aStaleSaveShowsTheOtherVersionAndKeepsTheUsersText() throws Exception {
        long id = createItem("Konflikt " + tag, false);
        long version = items.find(id).orElseThrow().version();
        MvcResult first = perform(
                AUTHOR,
                post("/punkter/" + id + "/rediger")
                        .param("version", Long.toString(version))
                        .param("title", "Konflikt " + tag)
                        .param("afsnit-1", "<p>Deres resumé</p>"));
        assertThat(first.getResponse().getStatus()).isEqualTo(302);

        MvcResult second = perform(
                SECRETARY,
                post("/punkter/" + id + "/rediger")
                        .param("version", Long.toString(version))
                        .param("title", "Konflikt " + tag)
                        .param("afsnit-1", "<p>Mit resumé</p>"));

        assertThat(second.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(second))
                .contains("En anden har gemt punktet imens", "sagsbehandler gemte punktet", "Deres resumé")
                .contains("Mit resumé");
        assertThat(items.find(id).orElseThrow().sections())
                .extracting(ItemView.Section::text)
                .contains("<p>Deres resumé</p>")
                .doesNotContain("<p>Mit resumé</p>");
    }

    @Test
    void recommenderReturnsWithACommentTheAuthorSeesThenApproves() throws Exception {
        long id = createItem("Workflow " + tag, false);
        assertThat(perform(AUTHOR, post("/punkter/" + id + "/indsend"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        assertThat(html(perform(RECOMMENDER, get("/punkter")))).contains("Workflow " + tag);

        perform(RECOMMENDER, post("/punkter/" + id + "/returner").param("kommentar", " "));
        assertThat(items.find(id).orElseThrow().state()).isEqualTo(ItemState.TIL_GODKENDELSE);
        perform(RECOMMENDER, post("/punkter/" + id + "/returner").param("kommentar", "Uddyb økonomien " + tag));
        assertThat(items.find(id).orElseThrow().state()).isEqualTo(ItemState.KLADDE);
        assertThat(html(perform(AUTHOR, get("/punkter")))).contains("Uddyb økonomien " + tag);
        assertThat(html(perform(AUTHOR, get("/punkter/" + id)))).contains("Uddyb økonomien " + tag, "Sendt retur");

        assertThat(perform(EMPLOYEE, post("/punkter/" + id + "/indsend"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        perform(AUTHOR, post("/punkter/" + id + "/indsend"));
        assertThat(perform(AUTHOR, post("/punkter/" + id + "/godkend"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        perform(RECOMMENDER, post("/punkter/" + id + "/godkend"));
        assertThat(items.find(id).orElseThrow().state()).isEqualTo(ItemState.GODKENDT);
        assertThat(html(perform(AUTHOR, get("/punkter/" + id))))
                .contains("Oprettet", "Sendt til godkendelse", "Sendt retur", "Godkendt", "indstiller");
        assertThat(perform(EMPLOYEE, get("/punkter/" + id)).getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void appendicesAreSniffedStoredAndDownloadedThroughTheAccessCheck() throws Exception {
        long id = createItem("Bilag " + tag, false);
        long filesBefore = storedFiles();

        MvcResult ok = perform(
                AUTHOR,
                multipart("/punkter/" + id + "/bilag")
                        .file(new MockMultipartFile("fil", "Bilag 1 Oplæg.pdf", "application/pdf", PDF)));
        assertThat(ok.getResponse().getStatus()).isEqualTo(302);
        MvcResult fake = perform(
                AUTHOR,
                multipart("/punkter/" + id + "/bilag")
                        .file(new MockMultipartFile("fil", "falsk.pdf", "application/pdf", PNG)));
        assertThat(fake.getFlashMap().get("appendixError")).asString().contains("falsk.pdf", "passer ikke");
        MvcResult exe = perform(
                AUTHOR,
                multipart("/punkter/" + id + "/bilag")
                        .file(new MockMultipartFile("fil", "virus.exe", "application/pdf", PDF)));
        assertThat(exe.getFlashMap().get("appendixError")).asString().contains("virus.exe");
        MvcResult closed = perform(
                AUTHOR,
                multipart("/punkter/" + id + "/bilag")
                        .file(new MockMultipartFile("fil", "hemmelig.png", "image/png", PNG))
                        .param("lukket", "true"));
        assertThat(closed.getResponse().getStatus()).isEqualTo(302);

        ItemView item = items.find(id).orElseThrow();
        assertThat(item.appendices())
                .extracting(ItemView.AppendixView::name)
                .containsExactly("Bilag 1 Oplæg.pdf", "hemmelig.png");
        assertThat(storedFiles()).isEqualTo(filesBefore + 2);
        long open = item.appendices().get(0).id();
        long secret = item.appendices().get(1).id();

        MvcResult download = perform(AUTHOR, get("/bilag/" + open));
        assertThat(download.getResponse().getStatus()).isEqualTo(200);
        assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getResponse().getHeader("Content-Disposition"))
                .contains("filename*=UTF-8''Bilag%201%20Opl");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);

        assertThat(perform(EMPLOYEE, get("/bilag/" + open)).getResponse().getStatus())
                .as("an employee may not read an unpublished item's appendix")
                .isEqualTo(403);
        assertThat(mvc.perform(get("/bilag/" + open)).andReturn().getResponse().getStatus())
                .as("anonymous: to the login page")
                .isEqualTo(302);
        assertThat(perform(AUTHOR, get("/bilag/" + secret)).getResponse().getStatus())
                .as("a closed appendix only for who sees the committee's closed content")
                .isEqualTo(403);
        MvcResult secretary = perform(SECRETARY, get("/bilag/" + secret));
        assertThat(secretary.getResponse().getStatus()).isEqualTo(200);
        assertThat(secretary.getResponse().getContentType()).isEqualTo("image/png");
    }

    @Test
    void tooLargeFilesAndAppendicesOfSubmittedItemsAreRefusedAndLeaveNoFile() throws Exception {
        long id = createItem("Store bilag " + tag, false);
        long filesBefore = storedFiles();
        byte[] large = new byte[25 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);

        MvcResult tooLarge = perform(
                AUTHOR,
                multipart("/punkter/" + id + "/bilag")
                        .file(new MockMultipartFile("fil", "stor.pdf", "application/pdf", large)));
        assertThat(tooLarge.getFlashMap().get("appendixError")).asString().contains("stor.pdf", "25 MB");

        perform(AUTHOR, post("/punkter/" + id + "/indsend"));
        MvcResult late = perform(
                AUTHOR,
                multipart("/punkter/" + id + "/bilag")
                        .file(new MockMultipartFile("fil", "sent.pdf", "application/pdf", PDF)));
        assertThat(late.getFlashMap().get("appendixError")).asString().contains("sent.pdf", "kladde");

        assertThat(items.find(id).orElseThrow().appendices()).isEmpty();
        assertThat(storedFiles()).isEqualTo(filesBefore);
        assertThat(incomingFiles()).as("no half-received uploads left behind").isZero();
    }

    private long incomingFiles() throws IOException {
        Path incoming = dataDir.resolve("appendices").resolve(".incoming");
        if (!Files.exists(incoming)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(incoming)) {
            return files.count();
        }
    }

    private long storedFiles() throws IOException {
        Path root = dataDir.resolve("appendices");
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains(".incoming"))
                    .count();
        }
    }
}
