package dk.punkt.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.items.AgendaService;
import dk.punkt.items.ItemService;
import dk.punkt.items.ItemType;
import dk.punkt.items.ItemView;
import dk.punkt.items.NewItem;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingState;
import dk.punkt.meetings.MeetingView;
import dk.punkt.meetings.NewMeeting;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The minutes pages' rules: who may open them, forms that refuse, closed content kept out. */
@SpringBootTest
@AutoConfigureMockMvc
class MinutesPagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    CommitteeService committees;

    @Autowired
    MeetingService meetings;

    @Autowired
    ItemService items;

    @Autowired
    AgendaService agendas;

    @Autowired
    MinutesService minutes;

    @Autowired
    DecisionService decisions;

    String tag = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void meetingModeIsForSecretariesAndSavesWithoutJavaScript() throws Exception {
        MeetingView meeting = publishedMeeting();
        assertThat(status(get("/moeder/" + meeting.id() + "/afvikling")
                        .with(user("medlem").roles("MEMBER"))))
                .isEqualTo(403);
        assertThat(status(get("/moeder/" + meeting.id() + "/afvikling"))).isEqualTo(302);

        MvcResult page = mvc.perform(
                        get("/moeder/" + meeting.id() + "/afvikling?punkt=2").with(sekretaer()))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Punkt 2: Sag " + tag, "Chefforum godkendte indstillingen:");

        long item = minutes.agendaItems(meeting.id()).get(1).id();
        MvcResult saved = mvc.perform(post("/moeder/" + meeting.id() + "/afvikling/beslutning")
                        .with(sekretaer())
                        .with(csrf())
                        .param("itemId", String.valueOf(item))
                        .param("version", "-1")
                        .param("outcome", "GODKENDT")
                        .param("text", "Godkendt:\n\n- med en bemærkning")
                        .param("goTo", "3"))
                .andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(saved.getResponse().getRedirectedUrl()).endsWith("punkt=3&gemt=1");
        assertThat(decisions.findAt(item, meeting.id()).orElseThrow().text())
                .isEqualTo("<p>Godkendt:</p><ul><li>med en bemærkning</li></ul>");
        assertThat(meetings.find(meeting.id()).orElseThrow().state()).isEqualTo(MeetingState.AFHOLDT);

        // A stale form: 409, the typed text is shown again beside the saved one.
        MvcResult stale = mvc.perform(post("/moeder/" + meeting.id() + "/afvikling/beslutning")
                        .with(sekretaer())
                        .with(csrf())
                        .param("itemId", String.valueOf(item))
                        .param("version", "-1")
                        .param("outcome", "DRØFTET")
                        .param("text", "Min egen tekst " + tag))
                .andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(stale.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Min egen tekst " + tag, "med en bemærkning", "Gem min tekst i stedet");

        // Approval refuses while items lack a decision, naming them.
        MvcResult refused = mvc.perform(post("/moeder/" + meeting.id() + "/referat/godkend")
                        .with(sekretaer())
                        .with(csrf()))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Godkendelse af dagsorden og referat");
    }

    @Test
    void theProjectorShowsTheSecretarysItemAndHidesClosedContentFromOthers() throws Exception {
        MeetingView meeting = publishedMeeting();
        mvc.perform(get("/moeder/" + meeting.id() + "/afvikling?punkt=3").with(sekretaer()));
        String content = mvc.perform(get("/moeder/" + meeting.id() + "/projektor/indhold")
                        .with(user("medarbejder").roles("EMPLOYEE")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(content).contains("Lukket sag " + tag).doesNotContain("at den lukkede sag godkendes");
    }

    @Test
    void thePublicCaseHistoryListsOnlyOpenItemsOfPublishedMeetings() throws Exception {
        MeetingView meeting = publishedMeeting();
        String caseNumber = minutes.agendaItems(meeting.id()).get(1).caseNumber();
        String page = mvc.perform(get("/offentlig/sager/" + caseNumber))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Sag " + tag).doesNotContain("Lukket sag " + tag);
        assertThat(status(get("/offentlig/sager/00.01.00-P35-1-99"))).isEqualTo(404);
        assertThat(status(get("/offentlig/sager/ikke-et-sagsnummer"))).isEqualTo(404);
    }

    @Test
    void followUpsAndTheRegisterNeedTheRightRoles() throws Exception {
        assertThat(status(get("/opfoelgning").with(user("medarbejder").roles("EMPLOYEE"))))
                .isEqualTo(403);
        assertThat(status(get("/opfoelgning").with(sekretaer()))).isEqualTo(200);
        CommitteeView chefforum = committees.findByName("Chefforum").orElseThrow();
        MvcResult register = mvc.perform(get("/udvalg/" + chefforum.id() + "/beslutninger?udfald=GODKENDT")
                        .with(user("medarbejder").roles("EMPLOYEE")))
                .andReturn();
        assertThat(register.getResponse().getStatus()).isEqualTo(200);
        assertThat(register.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Godkendelse af dagsorden og referat");
    }

    private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor sekretaer() {
        return user("sekretaer").roles("SECRETARY");
    }

    /** Standing item, an open item with a case number, a closed item, standing item; agenda published. */
    private MeetingView publishedMeeting() {
        CommitteeView chefforum = committees.findByName("Chefforum").orElseThrow();
        LocalDate date =
                LocalDate.of(2034, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 2000));
        MeetingView meeting = meetings.plan(
                new NewMeeting(chefforum.id(), date, LocalTime.of(9, 0), LocalTime.of(12, 0), null, null, null));
        String caseNumber = "00.01.00-P35-" + ThreadLocalRandom.current().nextInt(100, 9999) + "-27";
        ItemView open = item(chefforum, meeting, "Sag " + tag, caseNumber, false, "at sagen godkendes");
        ItemView closed =
                item(chefforum, meeting, "Lukket sag " + tag, caseNumber, true, "at den lukkede sag godkendes");
        agendas.assemble(
                meeting.id(),
                List.of(MeetingView.AgendaRow.item(open.id()), MeetingView.AgendaRow.item(closed.id())),
                null);
        return agendas.publishAgenda(meeting.id());
    }

    private ItemView item(
            CommitteeView committee,
            MeetingView meeting,
            String title,
            String caseNumber,
            boolean closed,
            String clause) {
        ItemView item = items.create(new NewItem(
                committee.id(),
                meeting.id(),
                title,
                caseNumber,
                ItemType.BESLUTNING,
                "Henrik",
                10,
                closed,
                List.of(),
                new ItemView.Recommendation("Kommunaldirektøren", List.of(clause))));
        items.submit(item.id());
        items.approve(item.id());
        return item;
    }
}
