package dk.punkt.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.punkt.accounts.AccountService;
import dk.punkt.committees.CommitteeKind;
import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.NewCommittee;
import dk.punkt.items.ItemService;
import dk.punkt.items.ItemView;
import dk.punkt.minutes.FollowUpService;
import dk.punkt.minutes.MinutesService;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Issue 5 through the JSON API: decisions, approval, corrections as versions, case history, follow-ups. */
@SpringBootTest(properties = ApiSupport.OWN_DATABASE)
@AutoConfigureMockMvc
class MinutesApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    AccountService accounts;

    @Autowired
    ItemService items;

    @Autowired
    MinutesService minutes;

    @Autowired
    FollowUpService followUps;

    @Autowired
    CommitteeService committees;

    ApiSupport api;
    String admin;
    String tag;
    String caseNumber;
    LocalDate nextDate;

    @BeforeEach
    void setUp() {
        api = new ApiSupport(mvc, json);
        admin = ApiSupport.createAdmin(accounts);
        tag = UUID.randomUUID().toString().substring(0, 8);
        nextDate = LocalDate.of(2032, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 3000));
        caseNumber = "00.01.00-P35-" + ThreadLocalRandom.current().nextInt(100, 99999) + "-26";
    }

    @Test
    void decisionsForEveryItemApprovedMinutesPublicDecisionsRefusedLaterDecisionCorrectionKeepsVersionOne()
            throws Exception {
        Published m = publishedMeeting("Budget", "Personalesag");
        long budget = m.items.get(1);
        long personnel = m.items.get(2);

        // The first decision marks the meeting held.
        MvcResult first = api.put(
                admin, "/api/v1/items/" + m.items.get(0) + "/decision", decision("<p>Godkendt.</p>", "GODKENDT"));
        assertThat(first.getResponse().getStatus())
                .as(first.getResponse().getContentAsString())
                .isEqualTo(200);
        assertThat(api.body(first).get("decision").asText()).isEqualTo("<p>Godkendt.</p>");
        assertThat(api.body(first).get("outcome").asText()).isEqualTo("GODKENDT");
        assertThat(api.body(api.get(admin, "/api/v1/meetings/" + m.id))
                        .get("state")
                        .asText())
                .isEqualTo("AFHOLDT");

        // Approval names the items still without a decision.
        MvcResult early = api.post(admin, "/api/v1/meetings/" + m.id + "/approve-minutes", null);
        assertThat(early.getResponse().getStatus()).isEqualTo(409);
        assertThat(early.getResponse().getContentType()).contains("application/problem+json");
        List<Long> lacking = new ArrayList<>();
        api.body(early)
                .get("itemsWithoutDecision")
                .forEach(i -> lacking.add(i.get("id").asLong()));
        assertThat(lacking).containsExactly(budget, personnel, m.items.get(3));
        assertThat(api.body(early).get("detail").asText()).contains("Budget " + tag);

        putDecision(budget, "<p>Budgettet godkendes " + tag + ".</p>", "Godkendt");
        putDecision(personnel, "<p>Lukket beslutning " + tag + ".</p>", "TAGET_TIL_EFTERRETNING");
        putDecision(m.items.get(3), "", "drøftet");

        MvcResult approved = api.post(admin, "/api/v1/meetings/" + m.id + "/approve-minutes", null);
        assertThat(approved.getResponse().getStatus())
                .as(approved.getResponse().getContentAsString())
                .isEqualTo(200);
        JsonNode meeting = api.body(approved);
        assertThat(meeting.get("state").asText()).isEqualTo("REFERAT_GODKENDT");
        assertThat(meeting.get("kind").asText()).isEqualTo("REFERAT");
        // One numbering with /moeder/{id}/versioner/{n}: the agenda went out as version 1, the minutes come after it.
        int minutesVersion = meeting.get("version").asInt();
        assertThat(minutesVersion).isGreaterThan(1);
        // The minutes' own count: version 1 of the minutes; the correction below makes their version 2.
        assertThat(meeting.get("minutesVersion").asInt()).isEqualTo(1);
        assertThat(meeting.get("items").get(1).get("decision").asText()).contains("Budgettet godkendes");
        assertThat(meeting.get("items").get(1).get("state").asText()).isEqualTo("BEHANDLET");
        // A decision without text gets its outcome as text.
        assertThat(meeting.get("items").get(3).get("decision").asText()).isEqualTo("<p>Drøftet.</p>");

        String page =
                api.anonymousGet("/offentlig/moeder/" + m.id).getResponse().getContentAsString();
        assertThat(page)
                .contains("Beslutning", "Budgettet godkendes " + tag, "Personalesag " + tag)
                .doesNotContain("Lukket beslutning " + tag);

        MvcResult late =
                api.put(admin, "/api/v1/items/" + budget + "/decision", decision("<p>Nej</p>", "IKKE_GODKENDT"));
        assertThat(late.getResponse().getStatus()).isEqualTo(409);
        assertThat(api.body(late).get("detail").asText()).contains("REFERAT_GODKENDT", "correction");

        MvcResult corrected = api.post(
                admin,
                "/api/v1/meetings/" + m.id + "/corrections",
                Map.of(
                        "reason",
                        "Stavefejl i beslutningen",
                        "items",
                        List.of(Map.of(
                                "id", budget, "decision", "<p>Budgettet godkendes med rettelse " + tag + ".</p>"))));
        assertThat(corrected.getResponse().getStatus())
                .as(corrected.getResponse().getContentAsString())
                .isEqualTo(201);
        assertThat(api.body(corrected).get("number").asInt()).isEqualTo(minutesVersion + 1);
        assertThat(api.body(corrected).get("minutesVersion").asInt()).isEqualTo(2);
        assertThat(api.body(corrected).get("label").asText()).isEqualTo("Rettelse 1 til referat");
        assertThat(corrected.getResponse().getHeader("Location"))
                .isEqualTo("/api/v1/meetings/" + m.id + "/versions/" + (minutesVersion + 1));

        JsonNode versions = api.body(api.get(admin, "/api/v1/meetings/" + m.id + "/versions"));
        assertThat(versions).hasSize(minutesVersion + 1);
        assertThat(versions.get(0).get("kind").asText()).isEqualTo("AGENDA");
        JsonNode approval = versions.get(minutesVersion - 1);
        JsonNode correction = versions.get(minutesVersion);
        assertThat(approval.get("number").asInt()).isEqualTo(minutesVersion);
        assertThat(approval.get("kind").asText()).isEqualTo("MINUTES");
        assertThat(approval.get("label").asText()).isEqualTo("Referat");
        assertThat(approval.get("minutesVersion").asInt()).isEqualTo(1);
        assertThat(versions.get(0).has("minutesVersion")).isFalse();
        assertThat(correction.get("kind").asText()).isEqualTo("MINUTES");
        assertThat(correction.get("reason").asText()).isEqualTo("Stavefejl i beslutningen");
        assertThat(correction.get("by").asText()).isEqualTo(admin);

        JsonNode one = api.body(api.get(admin, "/api/v1/meetings/" + m.id + "/versions/" + minutesVersion));
        assertThat(one.get("items").get(1).get("decision").asText())
                .isEqualTo("<p>Budgettet godkendes " + tag + ".</p>");
        JsonNode two = api.body(api.get(admin, "/api/v1/meetings/" + m.id + "/versions/" + (minutesVersion + 1)));
        assertThat(two.get("items").get(1).get("decision").asText()).contains("med rettelse");
        // The public page shows the newest version.
        assertThat(api.anonymousGet("/offentlig/moeder/" + m.id).getResponse().getContentAsString())
                .contains("med rettelse " + tag);

        // An employee reads the versions without the closed item's decision.
        JsonNode employeeOne =
                api.body(api.get(ApiSupport.EMPLOYEE, "/api/v1/meetings/" + m.id + "/versions/" + minutesVersion));
        assertThat(employeeOne.toString()).doesNotContain("Lukket beslutning").contains("Budgettet godkendes");

        // The case history lists the items with the case number, with their decisions.
        JsonNode history = api.body(api.get(admin, "/api/v1/cases/" + caseNumber));
        assertThat(history.get("caseNumber").asText()).isEqualTo(caseNumber);
        List<String> titles = new ArrayList<>();
        history.get("items").forEach(i -> titles.add(i.get("title").asText()));
        assertThat(titles).containsExactly("Budget " + tag, "Personalesag " + tag);
        assertThat(history.get("items").get(0).get("decision").asText()).contains("med rettelse");
        assertThat(history.get("items").get(0).get("meetingId").asLong()).isEqualTo(m.id);
    }

    @Test
    void theDemoStandingItemCaseNumberListsItsItemsAcrossMeetingsInDateOrder() throws Exception {
        JsonNode history = api.body(api.get(admin, "/api/v1/cases/00.01.00-A21-9-18"));
        List<String> dates = new ArrayList<>();
        history.get("items").forEach(i -> {
            if (i.hasNonNull("meetingDate")) {
                dates.add(i.get("meetingDate").asText());
            }
        });
        assertThat(dates).hasSizeGreaterThanOrEqualTo(2).isSorted();
    }

    @Test
    void decisionsAreRefusedOnPlannedMeetingsForMembersAndForUnknownOutcomes() throws Exception {
        long committee = chefforum();
        long meetingId = planMeeting(committee);
        long item = approvedItem(committee, meetingId, "Planlagt " + tag, false);
        assembled(meetingId, List.of(item));

        MvcResult planned = api.put(admin, "/api/v1/items/" + item + "/decision", decision("<p>x</p>", "GODKENDT"));
        assertThat(planned.getResponse().getStatus()).isEqualTo(409);
        assertThat(api.body(planned).get("detail").asText()).contains("PLANLAGT");

        MvcResult member =
                api.put(ApiSupport.MEMBER, "/api/v1/items/" + item + "/decision", decision("<p>x</p>", "GODKENDT"));
        assertThat(member.getResponse().getStatus()).isEqualTo(403);

        MvcResult bad = api.put(admin, "/api/v1/items/" + item + "/decision", decision("<p>x</p>", "Vedtaget"));
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(api.body(bad).get("field").asText()).isEqualTo("outcome");

        assertThat(api.put(admin, "/api/v1/items/-5/decision", decision("<p>x</p>", "GODKENDT"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aStaleSaveIsAConflictThatReturnsTheOtherSecretarysText() throws Exception {
        Published m = publishedMeeting("Konflikt");
        long item = m.items.get(1);
        JsonNode saved = api.body(api.put(admin, "/api/v1/items/" + item + "/decision", decision("<p>A</p>", null)));
        long version = saved.get("decisionVersion").asLong();

        Map<String, Object> mine = decision("<p>B fra mig</p>", "GODKENDT");
        mine.put("version", version);
        assertThat(api.put(admin, "/api/v1/items/" + item + "/decision", mine)
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        Map<String, Object> stale = decision("<p>C fra den anden</p>", "GODKENDT");
        stale.put("version", version);
        MvcResult conflict = api.put(admin, "/api/v1/items/" + item + "/decision", stale);
        assertThat(conflict.getResponse().getStatus()).isEqualTo(409);
        assertThat(api.body(conflict).get("currentDecision").asText()).isEqualTo("<p>B fra mig</p>");
    }

    @Test
    void aPostponedItemReturnsToTheBacklogAndItsHistoryShowsBothMeetings() throws Exception {
        Published m = publishedMeeting("Udskudt");
        long item = m.items.get(1);
        JsonNode postponed = api.body(
                api.put(admin, "/api/v1/items/" + item + "/decision", decision("<p>Sagen udsættes.</p>", "UDSAT")));
        assertThat(postponed.get("state").asText()).isEqualTo("UDSAT");
        assertThat(items.findBacklog(m.committee).stream().map(ItemView::id)).contains(item);

        // Changing the outcome brings it back onto this agenda; postponing again sends it back.
        assertThat(api.body(api.put(admin, "/api/v1/items/" + item + "/decision", decision("<p>Nej.</p>", "GODKENDT")))
                        .get("state")
                        .asText())
                .isEqualTo("PÅ_DAGSORDEN");
        api.put(admin, "/api/v1/items/" + item + "/decision", decision("<p>Sagen udsættes.</p>", "UDSAT"));
        for (long other : List.of(m.items.get(0), m.items.get(2))) {
            putDecision(other, "<p>Godkendt.</p>", "GODKENDT");
        }
        assertThat(api.post(admin, "/api/v1/meetings/" + m.id + "/approve-minutes", null)
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(minutes.postponementsOf(item))
                .singleElement()
                .satisfies(p -> assertThat(p.meetingId()).isEqualTo(m.id));

        // The later meeting takes it up and decides; the earlier minutes still say "udsat".
        long later = planMeeting(m.committee);
        assembled(later, List.of(item));
        assertThat(api.post(admin, "/api/v1/meetings/" + later + "/publish-agenda", null)
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        putDecision(item, "<p>Godkendt efter udsættelse " + tag + ".</p>", "GODKENDT");

        JsonNode earlier = api.body(api.get(admin, "/api/v1/meetings/" + m.id));
        assertThat(earlier.get("items").get(1).get("decision").asText()).isEqualTo("<p>Sagen udsættes.</p>");
        assertThat(earlier.get("items").get(1).has("postponedFrom")).isFalse();
        JsonNode laterMeeting = api.body(api.get(admin, "/api/v1/meetings/" + later));
        List<String> postponedFrom = new ArrayList<>();
        laterMeeting
                .get("items")
                .forEach(i -> postponedFrom.add(i.get("id").asLong() + ":"
                        + (i.has("postponedFrom") ? i.get("postponedFrom").asText() : "-")));
        assertThat(postponedFrom).contains(item + ":" + earlier.get("date").asText());
        JsonNode history = api.body(api.get(admin, "/api/v1/cases/" + caseNumber));
        List<String> rows = new ArrayList<>();
        history.get("items")
                .forEach(i -> rows.add(i.get("meetingId").asLong() + ":"
                        + i.get("postponedHere").asBoolean() + ":"
                        + i.get("outcome").asText()));
        assertThat(rows).containsExactly(m.id + ":true:UDSAT", later + ":false:GODKENDT");
    }

    @Test
    void followUpsAppearForTheirTargetMeetingAndInTheOpenList() throws Exception {
        Published m = publishedMeeting("Opfølgning");
        long item = m.items.get(1);
        putDecision(item, "<p>SUS skal behandles igen på et kommende Chefforum.</p>", "DRØFTET");
        long target = planMeeting(m.committee);

        Map<String, Object> body = new HashMap<>();
        body.put("text", "SUS behandles igen " + tag);
        body.put("owner", "Henrik");
        body.put("targetMeetingId", target);
        MvcResult created = api.post(admin, "/api/v1/items/" + item + "/follow-ups", body);
        assertThat(created.getResponse().getStatus())
                .as(created.getResponse().getContentAsString())
                .isEqualTo(201);
        long id = api.body(created).get("id").asLong();
        assertThat(followUps.findOpenForMeeting(target)).extracting(f -> f.id()).containsExactly(id);

        JsonNode open = api.body(api.get(admin, "/api/v1/follow-ups?status=OPEN"));
        assertThat(open.toString()).contains("SUS behandles igen " + tag);

        MvcResult noDate =
                api.post(admin, "/api/v1/items/" + item + "/follow-ups", Map.of("text", "x", "owner", "Henrik"));
        assertThat(noDate.getResponse().getStatus()).isEqualTo(400);
        assertThat(api.body(noDate).get("field").asText()).isEqualTo("dueDate");

        assertThat(api.get(ApiSupport.MEMBER, "/api/v1/follow-ups")
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        JsonNode done = api.body(api.post(admin, "/api/v1/follow-ups/" + id + "/status", Map.of("status", "DONE")));
        assertThat(done.get("status").asText()).isEqualTo("DONE");
        assertThat(followUps.findOpenForMeeting(target)).isEmpty();
        assertThat(api.body(api.get(admin, "/api/v1/follow-ups?status=OPEN")).toString())
                .doesNotContain("SUS behandles igen " + tag);
    }

    @Test
    void attendanceIsSetThroughTheApiBySecretariesUntilTheMinutesAreApproved() throws Exception {
        Published m = publishedMeeting("Fremmøde");
        String path = "/api/v1/meetings/" + m.id + "/attendance";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("present", List.of(person("Anne Hansen " + tag, "Direktør"), person("Bo Jensen " + tag, null)));
        body.put("absent", List.of(person("Carl Nielsen " + tag, "Chef")));

        MvcResult set = api.put(admin, path, body);
        assertThat(set.getResponse().getStatus())
                .as(set.getResponse().getContentAsString())
                .isEqualTo(200);
        JsonNode meeting = api.body(set);
        List<String> present = new ArrayList<>();
        meeting.get("participants")
                .forEach(p -> present.add(p.get("name").asText() + "/"
                        + (p.hasNonNull("title") ? p.get("title").asText() : "-")));
        assertThat(present).containsExactly("Anne Hansen " + tag + "/Direktør", "Bo Jensen " + tag + "/-");
        assertThat(meeting.get("absent").get(0).get("name").asText()).isEqualTo("Carl Nielsen " + tag);
        assertThat(meeting.get("absent").get(0).get("title").asText()).isEqualTo("Chef");
        assertThat(api.body(api.get(ApiSupport.MEMBER, "/api/v1/meetings/" + m.id))
                        .get("participants")
                        .size())
                .isEqualTo(2);

        // Only secretaries (and admins) record attendance.
        assertThat(api.put(ApiSupport.MEMBER, path, body).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(api.put(ApiSupport.AUTHOR, path, body).getResponse().getStatus())
                .isEqualTo(403);

        // Bad input names the field; nothing is changed.
        MvcResult blank = api.put(admin, path, Map.of("present", List.of(person("Anne", null), person(" ", "Chef"))));
        assertThat(blank.getResponse().getStatus()).isEqualTo(400);
        assertThat(api.body(blank).get("field").asText()).isEqualTo("present[1].name");
        MvcResult twice = api.put(
                admin, path, Map.of("present", List.of(person("Anne", null)), "absent", List.of(person("anne", null))));
        assertThat(twice.getResponse().getStatus()).isEqualTo(400);
        assertThat(api.body(twice).get("field").asText()).isEqualTo("absent[0].name");
        MvcResult missing = api.put(admin, path, Map.of("absent", List.of()));
        assertThat(missing.getResponse().getStatus()).isEqualTo(400);
        assertThat(api.body(missing).get("field").asText()).isEqualTo("present");
        assertThat(api.put(admin, "/api/v1/meetings/999999999/attendance", body)
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(api.body(api.get(admin, "/api/v1/meetings/" + m.id))
                        .get("participants")
                        .size())
                .isEqualTo(2);

        // Approved minutes are final: 409.
        for (long item : m.items) {
            putDecision(item, "<p>Godkendt.</p>", "GODKENDT");
        }
        assertThat(api.post(admin, "/api/v1/meetings/" + m.id + "/approve-minutes", null)
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        MvcResult late = api.put(admin, path, body);
        assertThat(late.getResponse().getStatus()).isEqualTo(409);
        assertThat(late.getResponse().getContentType()).contains("application/problem+json");
    }

    static Map<String, Object> person(String name, String title) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        if (title != null) {
            p.put("title", title);
        }
        return p;
    }

    @Test
    void correctionsNeedApprovedMinutesAndAReason() throws Exception {
        Published m = publishedMeeting("Rettelse");
        putDecision(m.items.get(1), "<p>Godkendt.</p>", "GODKENDT");
        Map<String, Object> correction =
                Map.of("reason", "Fejl", "items", List.of(Map.of("id", m.items.get(1), "decision", "<p>Ny</p>")));
        MvcResult tooEarly = api.post(admin, "/api/v1/meetings/" + m.id + "/corrections", correction);
        assertThat(tooEarly.getResponse().getStatus()).isEqualTo(409);

        MvcResult noReason = api.post(
                admin,
                "/api/v1/meetings/" + m.id + "/corrections",
                Map.of("items", List.of(Map.of("id", m.items.get(1), "decision", "<p>Ny</p>"))));
        assertThat(noReason.getResponse().getStatus()).isEqualTo(400);
        assertThat(api.body(noReason).get("field").asText()).isEqualTo("reason");

        assertThat(api.post(ApiSupport.MEMBER, "/api/v1/meetings/" + m.id + "/approve-minutes", null)
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void aReferralCreatesALinkedDraftInTheOtherCommitteeThatTheCaseHistoryChains() throws Exception {
        Published m = publishedMeeting("Henvisning");
        long item = m.items.get(1);
        putDecision(item, "<p>Indstillingen anbefales over for Kommunalbestyrelsen " + tag + ".</p>", "GODKENDT");
        long other = committees
                .create(new NewCommittee(
                        "Kommunalbestyrelsen " + tag,
                        CommitteeKind.POLITICAL,
                        null,
                        LocalTime.of(17, 0),
                        null,
                        List.of()))
                .id();
        MvcResult referred = api.post(admin, "/api/v1/items/" + item + "/referrals", Map.of("committeeId", other));
        assertThat(referred.getResponse().getStatus())
                .as(referred.getResponse().getContentAsString())
                .isEqualTo(201);
        long draft = api.body(referred).get("toItemId").asLong();
        ItemView created = items.find(draft).orElseThrow();
        assertThat(created.committeeId()).isEqualTo(other);
        assertThat(created.caseNumber()).isEqualTo(caseNumber);
        assertThat(created.sections().toString()).contains("Beslutning i Chefforum", "anbefales");

        JsonNode history = api.body(api.get(admin, "/api/v1/cases/" + caseNumber));
        JsonNode last = history.get("items").get(history.get("items").size() - 1);
        assertThat(last.get("id").asLong()).isEqualTo(draft);
        assertThat(last.get("referredFrom").asLong()).isEqualTo(item);
    }

    @Test
    void aPrivateNoteIsOnlyEverSeenByItsAuthor() throws Exception {
        Published m = publishedMeeting("Note");
        long item = m.items.get(1);
        MvcResult written = api.put(
                ApiSupport.MEMBER, "/api/v1/items/" + item + "/note", Map.of("text", "Spørg til økonomien " + tag));
        assertThat(written.getResponse().getStatus())
                .as(written.getResponse().getContentAsString())
                .isEqualTo(200);
        assertThat(api.body(api.get(ApiSupport.MEMBER, "/api/v1/items/" + item + "/note"))
                        .get("text")
                        .asText())
                .isEqualTo("Spørg til økonomien " + tag);
        assertThat(api.get(admin, "/api/v1/items/" + item + "/note")
                        .getResponse()
                        .getStatus())
                .isEqualTo(204);
        assertThat(api.get(ApiSupport.SECRETARY, "/api/v1/items/" + item + "/note")
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("økonomien");
        // The agenda changes and is published again: the note stays with the item.
        assembled(m.id, List.of(item));
        assertThat(api.get(ApiSupport.MEMBER, "/api/v1/items/" + item + "/note")
                        .getResponse()
                        .getContentAsString())
                .contains("Spørg til økonomien " + tag);
    }

    // --- helpers ---

    record Published(long id, long committee, List<Long> items) {}

    /** A meeting with a published agenda: the opening standing item, the named items, the closing standing item. */
    Published publishedMeeting(String... titles) throws Exception {
        long committee = chefforum();
        long meetingId = planMeeting(committee);
        List<Long> ids = new ArrayList<>();
        for (String title : titles) {
            ids.add(approvedItem(committee, meetingId, title + " " + tag, title.startsWith("Personale")));
        }
        List<Long> agenda = assembled(meetingId, ids);
        MvcResult published = api.post(admin, "/api/v1/meetings/" + meetingId + "/publish-agenda", null);
        assertThat(published.getResponse().getStatus())
                .as(published.getResponse().getContentAsString())
                .isEqualTo(200);
        return new Published(meetingId, committee, agenda);
    }

    List<Long> assembled(long meetingId, List<Long> ids) throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        ids.forEach(id -> rows.add(Map.of("itemId", id)));
        MvcResult result = api.put(admin, "/api/v1/meetings/" + meetingId + "/agenda", Map.of("rows", rows));
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(200);
        List<Long> agenda = new ArrayList<>();
        api.body(result).get("items").forEach(i -> agenda.add(i.get("id").asLong()));
        return agenda;
    }

    long chefforum() throws Exception {
        for (JsonNode committee : api.body(api.get(admin, "/api/v1/committees"))) {
            if (committee.get("name").asText().equals("Chefforum")) {
                return committee.get("id").asLong();
            }
        }
        throw new AssertionError("Chefforum is missing");
    }

    long planMeeting(long committee) throws Exception {
        LocalDate date = nextDate;
        nextDate = nextDate.plusDays(7);
        MvcResult planned = api.post(
                admin,
                "/api/v1/meetings",
                Map.of("committeeId", committee, "date", date.toString(), "startTime", "09:00", "endTime", "12:00"));
        assertThat(planned.getResponse().getStatus())
                .as(planned.getResponse().getContentAsString())
                .isEqualTo(201);
        return api.body(planned).get("id").asLong();
    }

    long approvedItem(long committee, long meetingId, String title, boolean closed) throws Exception {
        Map<String, Object> item = ApiSupport.item(committee, meetingId, title, 10, closed, "Tekst " + title);
        item.put("caseNumber", caseNumber);
        MvcResult created = api.post(admin, "/api/v1/items", item);
        assertThat(created.getResponse().getStatus())
                .as(created.getResponse().getContentAsString())
                .isEqualTo(201);
        long id = api.body(created).get("id").asLong();
        api.post(admin, "/api/v1/items/" + id + "/submit", null);
        api.post(admin, "/api/v1/items/" + id + "/approve", null);
        return id;
    }

    void putDecision(long item, String text, String outcome) throws Exception {
        MvcResult result = api.put(admin, "/api/v1/items/" + item + "/decision", decision(text, outcome));
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(200);
    }

    static Map<String, Object> decision(String text, String outcome) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", text);
        body.put("outcome", outcome);
        return body;
    }
}
