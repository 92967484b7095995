package dk.punkt.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.punkt.accounts.AccountService;
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
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Every refusal of the JSON API: no credentials, wrong role, wrong state, bad input, unknown ids. */
@SpringBootTest(properties = ApiSupport.OWN_DATABASE)
@AutoConfigureMockMvc
class ApiRefusalsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    AccountService accounts;

    ApiSupport api;
    String admin;
    long committee;
    String tag;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiSupport(mvc, json);
        admin = ApiSupport.createAdmin(accounts);
        tag = UUID.randomUUID().toString().substring(0, 8);
        for (JsonNode c : api.body(api.get(admin, "/api/v1/committees"))) {
            if (c.get("name").asText().equals("Chefforum")) {
                committee = c.get("id").asLong();
            }
        }
    }

    @Test
    void withoutCredentialsOrWithAWrongPasswordTheAnswerIs401ProblemJson() throws Exception {
        for (MvcResult result : List.of(
                api.anonymousGet("/api/v1/committees"),
                api.anonymousGet("/api/v1/meetings/1"),
                mvc.perform(MockMvcRequestBuilders.post("/api/v1/items")
                                .contentType("application/json")
                                .content("{}"))
                        .andReturn(),
                mvc.perform(MockMvcRequestBuilders.get("/api/v1/committees")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.httpBasic("sekretaer", "wrong")))
                        .andReturn())) {
            assertThat(result.getResponse().getStatus()).isEqualTo(401);
            assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
            assertThat(result.getResponse().getHeader("WWW-Authenticate")).startsWith("Basic");
            assertThat(api.body(result).get("status").asInt()).isEqualTo(401);
        }
    }

    @Test
    void theApiNeedsNoCsrfTokenAndKeepsNoSession() throws Exception {
        MvcResult result = api.post(admin, "/api/v1/items", item("Uden CSRF " + tag, false));
        assertThat(result.getResponse().getStatus()).isEqualTo(201);
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void eachStepNeedsItsRoleAndSaysWhichRoles() throws Exception {
        long meeting = plannedMeeting("2031-06-05");
        long item = created(admin);

        assertForbidden(api.post(ApiSupport.MEMBER, "/api/v1/items", item("Medlem " + tag, false)), "create an item");
        assertForbidden(
                api.post(ApiSupport.RECOMMENDER, "/api/v1/items", item("Indstiller " + tag, false)), "create an item");
        assertForbidden(api.post(ApiSupport.EMPLOYEE, "/api/v1/items/" + item + "/submit", null), "submit");
        assertForbidden(api.post(ApiSupport.RECOMMENDER, "/api/v1/items/" + item + "/submit", null), "submit");

        assertThat(api.post(ApiSupport.AUTHOR, "/api/v1/items/" + item + "/submit", null)
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertForbidden(api.post(ApiSupport.AUTHOR, "/api/v1/items/" + item + "/approve", null), "approve");
        assertForbidden(api.post(ApiSupport.SECRETARY, "/api/v1/items/" + item + "/approve", null), "approve");
        assertForbidden(
                api.post(ApiSupport.AUTHOR, "/api/v1/items/" + item + "/return", Map.of("comment", "nej")), "return");
        assertForbidden(
                api.post(ApiSupport.MEMBER, "/api/v1/items/" + item + "/return", Map.of("comment", "nej")), "return");

        assertForbidden(
                api.post(ApiSupport.AUTHOR, "/api/v1/meetings", Map.of("committeeId", committee, "date", "2031-07-03")),
                "plan a meeting");
        assertForbidden(
                api.put(ApiSupport.AUTHOR, "/api/v1/meetings/" + meeting + "/agenda", Map.of("rows", List.of())),
                "assemble an agenda");
        assertForbidden(
                api.put(ApiSupport.RECOMMENDER, "/api/v1/meetings/" + meeting + "/agenda", Map.of("rows", List.of())),
                "assemble an agenda");
        assertForbidden(
                api.post(ApiSupport.MEMBER, "/api/v1/meetings/" + meeting + "/publish-agenda", null),
                "publish an agenda");
        // A planned meeting is not for employees yet; the secretary, the author and members read it.
        assertForbidden(api.get(ApiSupport.EMPLOYEE, "/api/v1/meetings/" + meeting), "not published");
        assertThat(api.get(ApiSupport.AUTHOR, "/api/v1/meetings/" + meeting)
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(api.get(ApiSupport.MEMBER, "/api/v1/meetings/" + meeting)
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void aStepTheStateDoesNotAllowIs409NamingTheStates() throws Exception {
        long item = created(admin);
        assertConflict(api.post(ApiSupport.RECOMMENDER, "/api/v1/items/" + item + "/approve", null), "KLADDE");
        assertConflict(
                api.post(ApiSupport.RECOMMENDER, "/api/v1/items/" + item + "/return", Map.of("comment", "x")),
                "KLADDE");
        api.post(ApiSupport.AUTHOR, "/api/v1/items/" + item + "/submit", null);
        assertConflict(api.post(ApiSupport.AUTHOR, "/api/v1/items/" + item + "/submit", null), "TIL_GODKENDELSE");
        api.post(ApiSupport.RECOMMENDER, "/api/v1/items/" + item + "/approve", null);
        assertConflict(api.post(ApiSupport.RECOMMENDER, "/api/v1/items/" + item + "/approve", null), "GODKENDT");
    }

    @Test
    void publishingRefusesAnAgendaWithUnapprovedItemsNamingThem() throws Exception {
        long meeting = plannedMeeting("2031-08-07");
        long approved = created(admin);
        api.post(admin, "/api/v1/items/" + approved + "/submit", null);
        api.post(admin, "/api/v1/items/" + approved + "/approve", null);
        long draft = created(admin);
        long waiting = created(admin);
        api.post(admin, "/api/v1/items/" + waiting + "/submit", null);

        MvcResult assembled = api.put(
                ApiSupport.SECRETARY,
                "/api/v1/meetings/" + meeting + "/agenda",
                Map.of(
                        "rows",
                        List.of(Map.of("itemId", approved), Map.of("itemId", draft), Map.of("itemId", waiting))));
        assertThat(assembled.getResponse().getStatus()).isEqualTo(200);

        MvcResult refused = api.post(ApiSupport.SECRETARY, "/api/v1/meetings/" + meeting + "/publish-agenda", null);
        assertConflict(refused, "not approved");
        JsonNode problem = api.body(refused);
        assertThat(problem.get("detail").asText()).contains(draft + " '", waiting + " '", "KLADDE", "TIL_GODKENDELSE");
        assertThat(problem.get("unapprovedItems").findValuesAsText("id"))
                .containsExactlyInAnyOrder(String.valueOf(draft), String.valueOf(waiting));
        assertThat(api.body(api.get(admin, "/api/v1/meetings/" + meeting))
                        .get("state")
                        .asText())
                .isEqualTo("PLANLAGT");

        for (long id : new long[] {draft, waiting}) {
            if (id == draft) {
                api.post(admin, "/api/v1/items/" + id + "/submit", null);
            }
            api.post(admin, "/api/v1/items/" + id + "/approve", null);
        }
        MvcResult published = api.post(ApiSupport.SECRETARY, "/api/v1/meetings/" + meeting + "/publish-agenda", null);
        assertThat(published.getResponse().getStatus()).isEqualTo(200);
        assertThat(api.body(published).get("items").findValuesAsText("state")).containsOnly("PÅ_DAGSORDEN");

        assertConflict(
                api.post(ApiSupport.SECRETARY, "/api/v1/meetings/" + meeting + "/publish-agenda", null),
                "DAGSORDEN_UDSENDT");
        // A published agenda takes no draft either.
        long late = created(admin);
        assertConflict(
                api.put(
                        ApiSupport.SECRETARY,
                        "/api/v1/meetings/" + meeting + "/agenda",
                        Map.of("rows", List.of(Map.of("itemId", approved), Map.of("itemId", late)))),
                "not approved");
    }

    @Test
    void badItemInputIs400NamingTheField() throws Exception {
        Map<String, Object> badCase = new java.util.HashMap<>(item("Forkert sagsnummer " + tag, false));
        badCase.put("caseNumber", "00.01-P35-9-22");
        assertBadField(api.post(admin, "/api/v1/items", badCase), "caseNumber", "'00.01' is not a KLE subject number");

        Map<String, Object> badSection = new java.util.HashMap<>(item("Ukendt afsnit " + tag, false));
        badSection.put(
                "sections",
                List.of(Map.of("name", "Anledning", "text", "x"), Map.of("name", "Konklusion", "text", "y")));
        assertBadField(api.post(admin, "/api/v1/items", badSection), "sections[1].name", "Konklusion");

        Map<String, Object> noTitle = new java.util.HashMap<>(item(" ", false));
        assertBadField(api.post(admin, "/api/v1/items", noTitle), "title", "title");

        Map<String, Object> badType = new java.util.HashMap<>(item("Forkert type " + tag, false));
        badType.put("type", "Hasteorientering");
        assertBadField(api.post(admin, "/api/v1/items", badType), "type", "Hasteorientering");

        Map<String, Object> negative = new java.util.HashMap<>(item("Negativ " + tag, false));
        negative.put("minutes", -5);
        assertBadField(api.post(admin, "/api/v1/items", negative), "minutes", "-5");

        Map<String, Object> noCommittee = new java.util.HashMap<>(item("Intet udvalg " + tag, false));
        noCommittee.put("committeeId", 987654321L);
        assertBadField(api.post(admin, "/api/v1/items", noCommittee), "committeeId", "987654321");

        assertBadField(
                api.post(
                        admin,
                        "/api/v1/items",
                        "{\"committeeId\": " + committee + ", \"title\": \"x\", \"minutes\": \"ti\"}"),
                "minutes",
                "minutes");
        assertBadField(api.post(admin, "/api/v1/items/1/return", Map.of("comment", " ")), "comment", "comment");
    }

    @Test
    void badMeetingAndAgendaInputIs400NamingTheField() throws Exception {
        assertBadField(
                api.post(admin, "/api/v1/meetings", Map.of("committeeId", committee, "date", "2031-13-45")),
                "date",
                "date");
        assertBadField(api.post(admin, "/api/v1/meetings", Map.of("committeeId", committee)), "date", "date");
        assertBadField(
                api.post(
                        admin,
                        "/api/v1/meetings",
                        Map.of(
                                "committeeId",
                                committee,
                                "date",
                                "2031-09-04",
                                "startTime",
                                "12:00",
                                "endTime",
                                "09:00")),
                "endTime",
                "09:00");

        long meeting = plannedMeeting("2031-09-04");
        String agenda = "/api/v1/meetings/" + meeting + "/agenda";
        assertBadField(
                api.put(admin, agenda, Map.of("rows", List.of(Map.of("itemId", 987654321L)))),
                "rows[0].itemId",
                "987654321");
        assertBadField(api.put(admin, agenda, Map.of("rows", List.of(Map.of("pause", 0)))), "rows[0].pause", "0");
        assertBadField(
                api.put(admin, agenda, Map.of("rows", List.of(Map.of("pause", 5), Map.of("itemId", 1, "pause", 5)))),
                "rows[1]",
                "not both");
        long item = created(admin);
        assertBadField(
                api.put(admin, agenda, Map.of("rows", List.of(Map.of("itemId", item), Map.of("itemId", item)))),
                "rows[1].itemId",
                "twice");
        assertBadField(api.put(admin, agenda, Map.of()), "rows", "rows");
    }

    @Test
    void aStaleVersionIs409AndLeavesTheAgendaAsItWas() throws Exception {
        long meeting = plannedMeeting("2031-10-02");
        long version = api.body(api.get(admin, "/api/v1/meetings/" + meeting))
                .get("version")
                .asLong();
        MvcResult first = api.put(
                admin, "/api/v1/meetings/" + meeting + "/agenda", Map.of("rows", List.of(), "version", version));
        assertThat(first.getResponse().getStatus()).isEqualTo(200);
        long item = created(admin);
        MvcResult stale = api.put(
                admin,
                "/api/v1/meetings/" + meeting + "/agenda",
                Map.of("rows", List.of(Map.of("itemId", item)), "version", version));
        assertConflict(stale, "changed by someone else");
        assertThat(api.body(api.get(admin, "/api/v1/meetings/" + meeting))
                        .get("items")
                        .findValuesAsText("id"))
                .doesNotContain(String.valueOf(item));
    }

    @Test
    void unknownIdsAre404() throws Exception {
        for (MvcResult result : List.of(
                api.get(admin, "/api/v1/meetings/987654321"),
                api.get(admin, "/api/v1/items/987654321"),
                api.post(admin, "/api/v1/items/987654321/submit", null),
                api.post(admin, "/api/v1/items/987654321/approve", null),
                api.post(admin, "/api/v1/meetings/987654321/publish-agenda", null),
                api.put(admin, "/api/v1/meetings/987654321/agenda", Map.of("rows", List.of())))) {
            assertThat(result.getResponse().getStatus()).isEqualTo(404);
            assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
            assertThat(api.body(result).get("detail").asText()).contains("987654321");
        }
        assertBadField(api.get(admin, "/api/v1/meetings/abc"), "id", "abc");
    }

    @Test
    void theOpenApiDescriptionListsTheApiAndSwaggerUiNeedsALogin() throws Exception {
        MvcResult docs = api.anonymousGet("/v3/api-docs");
        assertThat(docs.getResponse().getStatus()).isEqualTo(200);
        JsonNode paths = api.body(docs).get("paths");
        assertThat(paths.has("/api/v1/items/{id}/approve")).isTrue();
        assertThat(paths.has("/api/v1/meetings/{id}/agenda")).isTrue();
        assertThat(paths.has("/offentlig/moeder/{id}")).isFalse();

        assertThat(api.anonymousGet("/swagger-ui/index.html").getResponse().getStatus())
                .isEqualTo(302);
        MvcResult loggedIn = mvc.perform(
                        MockMvcRequestBuilders.get("/swagger-ui/index.html")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user("sekretaer")
                                        .roles("SECRETARY")))
                .andReturn();
        assertThat(loggedIn.getResponse().getStatus()).isEqualTo(200);
    }

    private long plannedMeeting(String date) throws Exception {
        MvcResult planned = api.post(admin, "/api/v1/meetings", Map.of("committeeId", committee, "date", date));
        assertThat(planned.getResponse().getStatus()).isEqualTo(201);
        return api.body(planned).get("id").asLong();
    }

    private long created(String user) throws Exception {
        MvcResult result = api.post(user, "/api/v1/items", item("Punkt " + tag, false));
        assertThat(result.getResponse().getStatus()).isEqualTo(201);
        return api.body(result).get("id").asLong();
    }

    private Map<String, Object> item(String title, boolean closed) {
        return ApiSupport.item(committee, null, title, 10, closed, "Tekst " + tag);
    }

    private void assertForbidden(MvcResult result, String reason) throws Exception {
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(403);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(api.body(result).get("detail").asText()).contains(reason);
    }

    private void assertConflict(MvcResult result, String reason) throws Exception {
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(409);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(api.body(result).get("detail").asText()).contains(reason);
    }

    private void assertBadField(MvcResult result, String field, String mentioned) throws Exception {
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(400);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode problem = api.body(result);
        assertThat(problem.get("field").asText()).isEqualTo(field);
        assertThat(problem.get("detail").asText()).contains(mentioned);
    }
}
