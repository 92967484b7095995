package dk.punkt.oparl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.punkt.meetings.MeetingView;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** OParl lists: paging, date filters, tombstones and errors. */
@SpringBootTest
@AutoConfigureMockMvc
class OparlListsIT {

    private static final String API = OparlClient.BASE + "/oparl/v1/";
    private static final DateTimeFormatter OFFSET_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    ApplicationContext context;

    OparlClient client;
    OparlFixtures fixtures;

    @BeforeEach
    void setUp() {
        client = new OparlClient(mvc, json);
        fixtures = OparlFixtures.of(context);
    }

    @Test
    void aListIsWalkedPageByPageWithEveryObjectOnce() throws Exception {
        fixtures.publishedMeeting(LocalDate.of(2027, 4, 1), false);
        JsonNode page = client.json(API + "body/1/agendaItem?limit=2");
        long total = page.get("pagination").get("totalElements").asLong();
        long pages = page.get("pagination").get("totalPages").asLong();
        assertThat(total).isGreaterThanOrEqualTo(4);
        assertThat(pages).isEqualTo((total + 1) / 2);
        assertThat(page.get("pagination").get("elementsPerPage").asInt()).isEqualTo(2);
        assertThat(page.get("links").has("prev")).isFalse();
        assertThat(page.get("links").get("last").asText()).endsWith("limit=2&page=" + pages);

        Set<String> ids = new HashSet<>();
        List<Long> currentPages = new ArrayList<>();
        while (true) {
            page.get("data")
                    .forEach(object -> assertThat(ids.add(object.get("id").asText()))
                            .as("object listed twice")
                            .isTrue());
            currentPages.add(page.get("pagination").get("currentPage").asLong());
            if (!page.get("links").has("next")) {
                break;
            }
            String next = page.get("links").get("next").asText();
            page = client.json(next);
            assertThat(page.get("links").get("prev").asText()).contains("limit=2");
        }
        assertThat(ids).hasSize((int) total);
        assertThat(currentPages).hasSize((int) pages).last().isEqualTo(pages);
    }

    @Test
    void filtersNarrowTheListAndStayInItsLinks() throws Exception {
        fixtures.publishedMeeting(LocalDate.of(2027, 4, 8), false);
        JsonNode future = client.json(API + "body/1/meeting?created_since=2100-01-01T00:00:00%2B01:00");
        assertThat(future.get("data")).isEmpty();
        assertThat(future.get("pagination").get("totalElements").asLong()).isZero();
        assertThat(future.get("links").get("first").asText())
                .contains("created_since=2100-01-01T00%3A00%3A00%2B01%3A00");

        // An unencoded '+' arrives as a space and is still read as the offset.
        JsonNode past = client.json(API + "body/1/meeting?modified_until=2000-01-01T00:00:00+01:00");
        assertThat(past.get("data")).isEmpty();

        JsonNode recent = client.json(API + "body/1/meeting?created_since=2000-01-01");
        JsonNode all = client.json(API + "body/1/meeting");
        assertThat(recent.get("pagination").get("totalElements").asLong())
                .isEqualTo(all.get("pagination").get("totalElements").asLong())
                .isPositive();

        MockHttpServletResponse bad = client.fetch(API + "body/1/meeting?modified_since=igaar");
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(json.readTree(bad.getContentAsString(StandardCharsets.UTF_8))
                        .get("type")
                        .asText())
                .isEqualTo("https://schema.oparl.org/1.1/Error");
    }

    @Test
    void anItemTakenOffAPublishedAgendaStaysAsATombstone() throws Exception {
        OparlFixtures.Published published = fixtures.publishedMeeting(LocalDate.of(2027, 4, 15), false);
        String meetingUrl = API + "meeting/" + published.meeting().id();
        String itemUrl = API + "agendaItem/" + published.meeting().id() + "-"
                + published.open().id();
        String fileUrl = API + "file/appendix-" + published.meeting().id() + "-"
                + published.openAppendix().id();
        JsonNode before = client.json(meetingUrl);
        assertThat(client.json(itemUrl).get("name").asText()).isEqualTo("Åbent OParl-testpunkt");
        assertThat(client.json(fileUrl).get("accessUrl").asText())
                .endsWith("/bilag/" + published.openAppendix().id());
        String since = OFFSET_TIME.format(
                Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1).atZone(ZoneId.of("Europe/Copenhagen")));
        Thread.sleep(1100); // modified has whole seconds

        MeetingView meeting = fixtures.meetings().find(published.meeting().id()).orElseThrow();
        fixtures.agendas()
                .assemble(
                        meeting.id(),
                        List.of(MeetingView.AgendaRow.item(published.closed().id())),
                        null);
        fixtures.agendas().publishCorrection(meeting.id(), "Punktet om budget er trukket", null);

        JsonNode tombstone = client.json(itemUrl);
        assertThat(tombstone.get("deleted").asBoolean()).isTrue();
        List<String> fields = new ArrayList<>();
        tombstone.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("id", "type", "created", "modified", "deleted");
        assertThat(tombstone.get("type").asText()).isEqualTo("https://schema.oparl.org/1.1/AgendaItem");
        assertThat(client.json(fileUrl).get("deleted").asBoolean()).isTrue();

        JsonNode after = client.json(meetingUrl);
        assertThat(after.get("agendaItem").toString()).doesNotContain(itemUrl);
        assertThat(after.get("modified").asText())
                .isNotEqualTo(before.get("modified").asText());
        assertThat(after.get("created").asText())
                .isEqualTo(before.get("created").asText());

        assertThat(idsOf(API + "body/1/agendaItem")).doesNotContain(itemUrl);
        String changed = API + "body/1/agendaItem?modified_since=" + URLEncoder.encode(since, StandardCharsets.UTF_8);
        assertThat(idsOf(changed)).contains(itemUrl);
        assertThat(idsOf(API + "body/1/meeting?modified_since=" + URLEncoder.encode(since, StandardCharsets.UTF_8)))
                .contains(meetingUrl);
    }

    @Test
    void unknownAddressesAreOparlErrorsWithStatus404() throws Exception {
        for (String url : List.of(
                API + "meeting/999999999",
                API + "nothing/1",
                API + "body/2/meeting",
                API + "body/1/nothing",
                OparlClient.BASE + "/oparl/v2/system")) {
            MockHttpServletResponse response = client.fetch(url);
            assertThat(response.getStatus()).as(url).isEqualTo(404);
            assertThat(response.getContentType()).startsWith("application/json");
            assertThat(response.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
            JsonNode error = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
            assertThat(error.get("type").asText()).isEqualTo("https://schema.oparl.org/1.1/Error");
            assertThat(error.get("message").asText()).isNotBlank();
        }
    }

    /** Every id of every page of a list. */
    private List<String> idsOf(String url) throws Exception {
        List<String> ids = new ArrayList<>();
        String next = url;
        while (next != null) {
            JsonNode page = client.json(next);
            page.get("data").forEach(object -> ids.add(object.get("id").asText()));
            next = page.get("links").has("next") ? page.get("links").get("next").asText() : null;
        }
        return ids;
    }
}
