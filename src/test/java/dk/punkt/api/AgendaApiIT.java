package dk.punkt.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.punkt.accounts.AccountService;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Issue 4's "done when", through the JSON API: from drafts to a published agenda, and the public page after it. */
@SpringBootTest(properties = ApiSupport.OWN_DATABASE)
@AutoConfigureMockMvc
class AgendaApiIT {

    static final String FIRST = "Godkendelse af dagsorden og referat";
    static final String LAST = "Temaer til kommende møder og eventuelt";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    AccountService accounts;

    ApiSupport api;
    String admin;

    @BeforeEach
    void setUp() {
        api = new ApiSupport(mvc, json);
        admin = ApiSupport.createAdmin(accounts);
    }

    long chefforum() throws Exception {
        MvcResult result = api.get(admin, "/api/v1/committees");
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        for (JsonNode committee : api.body(result)) {
            if (committee.get("name").asText().equals("Chefforum")) {
                assertThat(committee.get("standingItems")).hasSize(2);
                return committee.get("id").asLong();
            }
        }
        throw new AssertionError(
                "Chefforum is missing from " + result.getResponse().getContentAsString());
    }

    @Test
    void adminCreatesApprovesAssemblesAndPublishesAnAgendaThatThePublicReadsWithoutTheClosedItem() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long committee = chefforum();

        MvcResult planned = api.post(
                admin,
                "/api/v1/meetings",
                Map.of(
                        "committeeId",
                        committee,
                        "date",
                        "2031-03-06",
                        "startTime",
                        "09:00",
                        "endTime",
                        "12:00",
                        "location",
                        "Mødelokale 915"));
        assertThat(planned.getResponse().getStatus()).isEqualTo(201);
        JsonNode meeting = api.body(planned);
        assertThat(meeting.get("state").asText()).isEqualTo("PLANLAGT");
        assertThat(meeting.get("committee").asText()).isEqualTo("Chefforum");
        assertThat(meeting.get("participants")).isNotEmpty();
        long meetingId = meeting.get("id").asLong();
        assertThat(planned.getResponse().getHeader("Location")).isEqualTo("/api/v1/meetings/" + meetingId);

        String[] texts = {"Åben tekst et " + tag, "Åben tekst to " + tag, "Lukket tekst " + tag};
        long budget = createdItem(committee, meetingId, "Budget " + tag, 15, false, texts[0]);
        long strategy = createdItem(committee, meetingId, "Strategi " + tag, 20, false, texts[1]);
        long personnel = createdItem(committee, meetingId, "Personalesag " + tag, 10, true, texts[2]);
        for (long id : new long[] {budget, strategy, personnel}) {
            assertState(api.post(admin, "/api/v1/items/" + id + "/submit", null), "TIL_GODKENDELSE");
            assertState(api.post(admin, "/api/v1/items/" + id + "/approve", null), "GODKENDT");
        }

        MvcResult assembled = api.put(
                admin,
                "/api/v1/meetings/" + meetingId + "/agenda",
                Map.of(
                        "rows",
                        List.of(
                                Map.of("itemId", budget),
                                Map.of("pause", 5),
                                Map.of("itemId", strategy),
                                Map.of("itemId", personnel)),
                        "version",
                        meeting.get("version").asLong()));
        assertThat(assembled.getResponse().getStatus())
                .as(assembled.getResponse().getContentAsString())
                .isEqualTo(200);

        MvcResult published = api.post(admin, "/api/v1/meetings/" + meetingId + "/publish-agenda", null);
        assertThat(published.getResponse().getStatus())
                .as(published.getResponse().getContentAsString())
                .isEqualTo(200);
        assertThat(api.body(published).get("state").asText()).isEqualTo("DAGSORDEN_UDSENDT");

        JsonNode document = api.body(api.get(admin, "/api/v1/meetings/" + meetingId));
        List<String> titles = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (JsonNode item : document.get("items")) {
            titles.add(item.get("title").asText());
            numbers.add(item.get("number").asInt());
            assertThat(item.get("state").asText()).isEqualTo("PÅ_DAGSORDEN");
        }
        assertThat(titles).containsExactly(FIRST, "Budget " + tag, "Strategi " + tag, "Personalesag " + tag, LAST);
        assertThat(numbers).containsExactly(1, 2, 3, 4, 5);
        assertThat(document.get("items").get(3).get("sections").toString()).contains(texts[2]);

        JsonNode timetable = document.get("timetable");
        assertThat(timetable).hasSize(6);
        LocalTime at = LocalTime.of(9, 0);
        List<String> kinds = new ArrayList<>();
        for (JsonNode row : timetable) {
            LocalTime start = LocalTime.parse(row.get("start").asText());
            LocalTime end = LocalTime.parse(row.get("end").asText());
            assertThat(start).as("each row starts where the previous one ended").isEqualTo(at);
            assertThat(end).isEqualTo(start.plusMinutes(row.get("minutes").asInt()));
            kinds.add(row.get("kind").asText()
                    + (row.has("number") ? row.get("number").asInt() : ""));
            at = end;
        }
        assertThat(kinds).containsExactly("ITEM1", "ITEM2", "PAUSE", "ITEM3", "ITEM4", "ITEM5");
        // 0 (standing) + 15 + 5 + 20 + 10 + 10 (Chefforum's closing standing item)
        assertThat(at).isEqualTo(LocalTime.of(10, 0));
        assertThat(document.get("runsLate").asBoolean()).isFalse();

        // An employee gets the public version of the closed item: number, title and case number only.
        JsonNode employeeView = api.body(api.get(ApiSupport.EMPLOYEE, "/api/v1/meetings/" + meetingId));
        JsonNode closed = employeeView.get("items").get(3);
        assertThat(closed.get("closed").asBoolean()).isTrue();
        assertThat(closed.get("number").asInt()).isEqualTo(4);
        assertThat(closed.has("sections")).isFalse();
        assertThat(employeeView.toString()).doesNotContain(texts[2]).contains(texts[0]);

        String page =
                api.anonymousGet("/offentlig/moeder/" + meetingId).getResponse().getContentAsString();
        assertThat(page).contains(texts[0], texts[1], "Personalesag " + tag).doesNotContain(texts[2]);
    }

    @Test
    void standingItemsStayFirstAndLastWhereverTheRowsPutThemAndAreCreatedOnce() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long committee = chefforum();
        long meetingId = planMeeting(committee, "2031-04-03");
        long one = approvedItem(committee, meetingId, "Et " + tag);
        long two = approvedItem(committee, meetingId, "To " + tag);

        JsonNode first = api.body(api.put(
                admin,
                "/api/v1/meetings/" + meetingId + "/agenda",
                Map.of("rows", List.of(Map.of("itemId", one), Map.of("itemId", two)))));
        List<Long> ids = itemIds(first);
        assertThat(ids).hasSize(4);
        long opening = ids.get(0);
        long closing = ids.get(3);

        // The caller moves the standing items into the middle and swaps the others: they go back in place.
        JsonNode second = api.body(api.put(
                admin,
                "/api/v1/meetings/" + meetingId + "/agenda",
                Map.of(
                        "rows",
                        List.of(
                                Map.of("itemId", closing),
                                Map.of("itemId", two),
                                Map.of("itemId", opening),
                                Map.of("itemId", one)))));
        assertThat(itemIds(second)).containsExactly(opening, two, one, closing);

        // Taken off the agenda: the item is approved again, ready for another agenda.
        JsonNode third = api.body(api.put(
                admin, "/api/v1/meetings/" + meetingId + "/agenda", Map.of("rows", List.of(Map.of("itemId", two)))));
        assertThat(itemIds(third)).containsExactly(opening, two, closing);
        assertState(api.get(admin, "/api/v1/items/" + one), "GODKENDT");
        assertState(api.get(admin, "/api/v1/items/" + two), "PÅ_DAGSORDEN");
    }

    @Test
    void theWorkflowByRoleAuthorSubmitsRecommenderReturnsAndApprovesSecretaryPublishes() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long committee = chefforum();
        long meetingId = planMeeting(committee, "2031-05-01");

        MvcResult created = api.post(
                ApiSupport.AUTHOR,
                "/api/v1/items",
                ApiSupport.item(committee, meetingId, "Forfatterens punkt " + tag, 10, false, "Udkast " + tag));
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        assertState(created, "KLADDE");
        long id = api.body(created).get("id").asLong();

        assertState(api.post(ApiSupport.AUTHOR, "/api/v1/items/" + id + "/submit", null), "TIL_GODKENDELSE");
        MvcResult returned = api.post(
                ApiSupport.RECOMMENDER, "/api/v1/items/" + id + "/return", Map.of("comment", "Uddyb økonomien"));
        assertState(returned, "KLADDE");
        // The author sees why the item came back; the comment goes once the item is submitted again.
        assertThat(api.body(api.get(ApiSupport.AUTHOR, "/api/v1/items/" + id))
                        .get("returnComment")
                        .asText())
                .isEqualTo("Uddyb økonomien");
        MvcResult resubmitted = api.post(ApiSupport.SECRETARY, "/api/v1/items/" + id + "/submit", null);
        assertState(resubmitted, "TIL_GODKENDELSE");
        assertThat(api.body(resubmitted).has("returnComment")).isFalse();
        assertState(api.post(ApiSupport.RECOMMENDER, "/api/v1/items/" + id + "/approve", null), "GODKENDT");
        // An approved item can still be sent back before it is on an agenda.
        assertState(
                api.post(ApiSupport.RECOMMENDER, "/api/v1/items/" + id + "/return", Map.of("comment", "Én ting til")),
                "KLADDE");
        assertState(api.post(ApiSupport.AUTHOR, "/api/v1/items/" + id + "/submit", null), "TIL_GODKENDELSE");
        assertState(api.post(ApiSupport.RECOMMENDER, "/api/v1/items/" + id + "/approve", null), "GODKENDT");

        MvcResult assembled = api.put(
                ApiSupport.SECRETARY,
                "/api/v1/meetings/" + meetingId + "/agenda",
                Map.of("rows", List.of(Map.of("itemId", id))));
        assertThat(assembled.getResponse().getStatus()).isEqualTo(200);
        assertState(api.get(ApiSupport.SECRETARY, "/api/v1/items/" + id), "PÅ_DAGSORDEN");
        MvcResult published = api.post(ApiSupport.SECRETARY, "/api/v1/meetings/" + meetingId + "/publish-agenda", null);
        assertThat(published.getResponse().getStatus()).isEqualTo(200);
        assertThat(api.body(published).get("state").asText()).isEqualTo("DAGSORDEN_UDSENDT");
    }

    private long planMeeting(long committee, String date) throws Exception {
        MvcResult planned = api.post(admin, "/api/v1/meetings", Map.of("committeeId", committee, "date", date));
        assertThat(planned.getResponse().getStatus()).isEqualTo(201);
        JsonNode meeting = api.body(planned);
        assertThat(meeting.get("startTime").asText()).startsWith("09:00"); // the committee's default
        return meeting.get("id").asLong();
    }

    private long createdItem(long committee, long meetingId, String title, int minutes, boolean closed, String text)
            throws Exception {
        MvcResult created =
                api.post(admin, "/api/v1/items", ApiSupport.item(committee, meetingId, title, minutes, closed, text));
        assertThat(created.getResponse().getStatus())
                .as(created.getResponse().getContentAsString())
                .isEqualTo(201);
        assertState(created, "KLADDE");
        return api.body(created).get("id").asLong();
    }

    private long approvedItem(long committee, long meetingId, String title) throws Exception {
        long id = createdItem(committee, meetingId, title, 10, false, title);
        api.post(admin, "/api/v1/items/" + id + "/submit", null);
        assertState(api.post(admin, "/api/v1/items/" + id + "/approve", null), "GODKENDT");
        return id;
    }

    private static List<Long> itemIds(JsonNode meeting) {
        List<Long> ids = new ArrayList<>();
        meeting.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private void assertState(MvcResult result, String state) throws Exception {
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(
                        result.getRequest().getMethod().equals("POST")
                                        && result.getRequest().getRequestURI().equals("/api/v1/items")
                                ? 201
                                : 200);
        assertThat(api.body(result).get("state").asText()).isEqualTo(state);
    }
}
