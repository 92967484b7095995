package dk.punkt.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.punkt.accounts.AccountService;
import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingState;
import dk.punkt.meetings.MeetingView;
import dk.punkt.meetings.MeetingView.AgendaRow;
import dk.punkt.meetings.MinutesCorrected;
import dk.punkt.notifications.Outbox;
import dk.punkt.publishing.DocumentVersionService;
import dk.punkt.publishing.DocumentVersionView;
import dk.punkt.publishing.VersionKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Assembling an agenda on its page (add, remove, move, pauses, standing items, stale pages), publishing it (refused
 * with unapproved items), and the versions publishing freezes: corrections keep the earlier version readable,
 * supplements have their own date, minutes are frozen on approval and correction. Members get a message in the outbox.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AgendaPagesIT {

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
    AccountService accounts;

    @Autowired
    DocumentVersionService versions;

    @Autowired
    Outbox outbox;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    AgendaFixtures fixtures;
    String memberEmail;
    CommitteeView committee;
    MeetingView meeting;

    @BeforeEach
    void setUp() {
        fixtures = new AgendaFixtures(committees, meetings, items, accounts);
        memberEmail = "marie." + UUID.randomUUID().toString().substring(0, 8) + "@punkt.example";
        committee = fixtures.committee("Dagsordensforum", memberEmail);
        meeting = fixtures.meeting(committee, LocalDate.of(2027, 6, 3));
    }

    private ResultActions change(String op, String... params) throws Exception {
        var request = post("/moeder/" + meeting.id() + "/dagsorden")
                .with(user("sekretaer"))
                .with(csrf())
                .param("op", op)
                .param("version", String.valueOf(current().version()));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private MeetingView current() {
        return meetings.find(meeting.id()).orElseThrow();
    }

    private List<String> titles() {
        return current().agenda().stream()
                .map(row -> row.isPause()
                        ? "Pause " + row.pauseMinutes()
                        : items.find(row.itemId()).orElseThrow().title())
                .toList();
    }

    private int indexOf(String title) {
        return titles().indexOf(title);
    }

    @Test
    void assemblesByButtonsWithStandingItemsPausesAndTimetable() throws Exception {
        ItemView budget = fixtures.approved(committee, "Status på budget", 15, false);
        ItemView sbsys = fixtures.approved(committee, "SBSYS dagsordensmodul", 20, false);
        ItemView personale = fixtures.approved(committee, "Personalesag", 10, true);

        change("add:" + budget.id()).andExpect(flash().attribute("status", "meetings.agenda.added"));
        change("add:" + sbsys.id());
        change("add:" + personale.id());
        change("pause", "pauseMinutes", "5").andExpect(flash().attribute("status", "meetings.agenda.pauseAdded"));
        assertThat(titles())
                .containsExactly(
                        "Godkendelse af dagsorden og referat",
                        "Status på budget",
                        "SBSYS dagsordensmodul",
                        "Personalesag",
                        "Pause 5",
                        "Temaer til kommende møder og eventuelt");

        change("up:" + indexOf("Pause 5"));
        change("down:" + indexOf("Status på budget")).andExpect(flash().attribute("focus", "down-i" + budget.id()));
        assertThat(titles())
                .containsExactly(
                        "Godkendelse af dagsorden og referat",
                        "SBSYS dagsordensmodul",
                        "Status på budget",
                        "Pause 5",
                        "Personalesag",
                        "Temaer til kommende møder og eventuelt");

        // Moving an item above the opening standing item does not move the standing item.
        change("up:" + indexOf("SBSYS dagsordensmodul"));
        assertThat(titles().get(0)).isEqualTo("Godkendelse af dagsorden og referat");
        assertThat(titles().get(titles().size() - 1)).isEqualTo("Temaer til kommende møder og eventuelt");

        mvc.perform(get("/moeder/" + meeting.id() + "/dagsorden").with(user("sekretaer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("9.00 - 9.20 (20)")))
                .andExpect(content().string(containsString("9.20 - 9.35 (15)")))
                .andExpect(content().string(containsString("9.35 - 9.40 (5)")))
                .andExpect(content().string(containsString("9.40 - 9.50 (10)")))
                .andExpect(content().string(containsString("9.50 - 10.00 (10)")))
                .andExpect(content().string(not(containsString("Tidsplanen holder ikke"))));

        change("remove:" + indexOf("Pause 5")).andExpect(flash().attribute("status", "meetings.agenda.pauseRemoved"));
        change("remove:" + indexOf("Personalesag"));
        assertThat(titles()).doesNotContain("Pause 5", "Personalesag");
        assertThat(items.find(personale.id()).orElseThrow().state()).isEqualTo(ItemState.GODKENDT);
        assertThat(items.find(budget.id()).orElseThrow().state()).isEqualTo(ItemState.PÅ_DAGSORDEN);
    }

    @Test
    void aStalePageIsRefusedWithAClearMessage() throws Exception {
        ItemView a = fixtures.approved(committee, "Punkt A", 15, false);
        ItemView b = fixtures.approved(committee, "Punkt B", 15, false);
        change("add:" + a.id());
        long seen = current().version();
        change("add:" + b.id());

        mvc.perform(post("/moeder/" + meeting.id() + "/dagsorden")
                        .with(user("sekretaer"))
                        .with(csrf())
                        .param("op", "pause")
                        .param("pauseMinutes", "5")
                        .param("version", String.valueOf(seen)))
                .andExpect(flash().attribute("error", "meetings.agenda.stale"));
        assertThat(titles()).doesNotContain("Pause 5");
        mvc.perform(get("/moeder/" + meeting.id() + "/dagsorden")
                        .with(user("sekretaer"))
                        .flashAttr("error", "meetings.agenda.stale"))
                .andExpect(content().string(containsString("ændret af en anden")));
    }

    @Test
    void warnsWhenThePlanRunsPastTheEnd() throws Exception {
        ItemView tema = fixtures.approved(committee, "Temadrøftelse", 200, false);
        change("add:" + tema.id());
        mvc.perform(get("/moeder/" + meeting.id() + "/dagsorden").with(user("sekretaer")))
                .andExpect(content().string(containsString("Tidsplanen holder ikke")))
                .andExpect(content().string(containsString("slutter kl. 12.30")));
    }

    @Test
    void publishingRefusesUnapprovedItemsByName() throws Exception {
        ItemView ok = fixtures.approved(committee, "Godkendt punkt", 15, false);
        ItemView draft = fixtures.draft(committee, "Kladde til budget", 15, false);
        agendas.assemble(meeting.id(), List.of(AgendaRow.item(ok.id()), AgendaRow.item(draft.id())), null);

        change("publish")
                .andExpect(flash().attribute("error", "meetings.agenda.unapproved"))
                .andExpect(flash().attribute("unapproved", List.of("Kladde til budget")));
        assertThat(current().state()).isEqualTo(MeetingState.PLANLAGT);
        assertThat(versions.findByMeeting(meeting.id())).isEmpty();
        mvc.perform(post("/moeder/" + meeting.id() + "/dagsorden")
                        .with(user("medlem"))
                        .with(csrf())
                        .param("op", "publish"))
                .andExpect(status().isForbidden());
    }

    @Test
    void publishingFreezesAVersionAndACorrectionKeepsTheEarlierOneReadable() throws Exception {
        ItemView open = fixtures.approved(committee, "Åbent punkt", 15, false);
        ItemView closed = fixtures.approved(committee, "Lukket personalesag", 10, true);
        change("add:" + open.id());
        change("add:" + closed.id());
        change("publish").andExpect(flash().attribute("status", "meetings.agenda.published"));
        assertThat(current().state()).isEqualTo(MeetingState.DAGSORDEN_UDSENDT);

        List<DocumentVersionView> first = versions.findByMeeting(meeting.id());
        assertThat(first).hasSize(1);
        assertThat(first.get(0).kind()).isEqualTo(VersionKind.AGENDA);
        assertThat(first.get(0).label()).isEqualTo("Dagsorden");
        assertThat(first.get(0).createdBy()).isEqualTo("sekretaer");

        // The member reads the closed item in the frozen version; the public does not.
        mvc.perform(get("/moeder/" + meeting.id() + "/versioner/1").with(user("medlem")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fortroligt: Tekst om Lukket personalesag")));
        mvc.perform(get("/offentlig/moeder/" + meeting.id() + "/versioner/1"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("immutable")))
                .andExpect(content().string(containsString("Lukket personalesag")))
                .andExpect(content().string(not(containsString("Fortroligt"))))
                .andExpect(content().string(containsString("Tekst om Åbent punkt")));

        // A change after publication goes out as a dated correction with a reason.
        change("add:" + fixtures.approved(committee, "Ekstra", 5, false).id());
        change("publish").andExpect(flash().attribute("error", "meetings.agenda.stateRefused"));
        change("correct", "reason", "").andExpect(flash().attribute("error", "meetings.agenda.reasonMissing"));
        change("up:" + indexOf("Lukket personalesag"));
        change("correct", "reason", "Punkterne er byttet om")
                .andExpect(flash().attribute("status", "meetings.agenda.corrected"));

        List<DocumentVersionView> all = versions.findByMeeting(meeting.id());
        assertThat(all).extracting(DocumentVersionView::label).containsExactly("Dagsorden", "Rettelse 1 til dagsorden");
        assertThat(all.get(1).reason()).isEqualTo("Punkterne er byttet om");
        var before = versions.document(meeting.id(), 1, dk.punkt.committees.Audience.PUBLIC)
                .orElseThrow();
        var after = versions.document(meeting.id(), 2, dk.punkt.committees.Audience.PUBLIC)
                .orElseThrow();
        assertThat(before.items().get(1).title()).isEqualTo("Åbent punkt");
        assertThat(after.items().get(1).title()).isEqualTo("Lukket personalesag");
        assertThat(after.items()).extracting(i -> i.title()).contains("Ekstra");
        assertThat(before.items()).extracting(i -> i.title()).doesNotContain("Ekstra");

        mvc.perform(get("/offentlig/moeder/" + meeting.id()))
                .andExpect(content().string(containsString("Rettelse 1 til dagsorden")))
                .andExpect(content().string(containsString("Punkterne er byttet om")))
                .andExpect(content().string(containsString("/offentlig/moeder/" + meeting.id() + "/versioner/1")));
        mvc.perform(get("/offentlig/moeder/" + meeting.id() + "/versioner/1/dokument.pdf"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("immutable")));
        mvc.perform(get("/offentlig/moeder/" + meeting.id() + "/dokument.pdf"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", not(containsString("immutable"))));

        // Members with an e-mail address were told, once per publication; without SMTP the outbox shows the text.
        assertThat(outbox.findByRecipient(memberEmail))
                .extracting(m -> m.subject().substring(0, m.subject().indexOf(':')))
                .containsExactly("Dagsorden", "Rettelse til dagsorden");
        assertThat(outbox.findByRecipient(memberEmail).get(1).body()).contains("Punkterne er byttet om");
        mvc.perform(get("/udbakke").with(user("sekretaer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(memberEmail)))
                .andExpect(content().string(containsString("Der er ingen SMTP-server sat op")));
        mvc.perform(get("/udbakke").with(user("medlem"))).andExpect(status().isForbidden());
    }

    @Test
    void itemsAddedAfterPublicationGoOutAsASupplementWithItsOwnDate() throws Exception {
        change("add:" + fixtures.approved(committee, "Første punkt", 15, false).id());
        change("publish");
        ItemView late = fixtures.approved(committee, "Sent punkt", 10, false);
        change("add:" + late.id());
        assertThat(current().unpublishedItemIds()).containsExactly(late.id());

        Instant before = Instant.now();
        change("supplement").andExpect(flash().attribute("status", "meetings.agenda.supplementPublished"));
        assertThat(current().unpublishedItemIds()).isEmpty();
        assertThat(items.find(late.id()).orElseThrow().state()).isEqualTo(ItemState.PÅ_DAGSORDEN);

        List<DocumentVersionView> all = versions.findByMeeting(meeting.id());
        assertThat(all)
                .extracting(DocumentVersionView::kind)
                .containsExactly(VersionKind.AGENDA, VersionKind.SUPPLEMENT);
        DocumentVersionView supplement = all.get(1);
        assertThat(supplement.label()).isEqualTo("Tillægsdagsorden");
        assertThat(supplement.createdAt()).isAfterOrEqualTo(before.minusSeconds(1));
        assertThat(supplement.createdAt()).isAfter(all.get(0).createdAt());
        var document = versions.document(meeting.id(), 2, dk.punkt.committees.Audience.PUBLIC)
                .orElseThrow();
        assertThat(document.items()).extracting(i -> i.title()).containsExactly("Sent punkt");
        assertThat(document.items().get(0).number()).isEqualTo(3);
        // Nothing more to supplement: refused.
        change("supplement").andExpect(flash().attribute("error", "meetings.agenda.stateRefused"));
    }

    @Test
    void minutesAreFrozenOnApprovalAndOnCorrection() {
        ItemView item = fixtures.approved(committee, "Referatpunkt", 15, false);
        agendas.assemble(meeting.id(), List.of(AgendaRow.item(item.id())), null);
        agendas.publishAgenda(meeting.id());
        meetings.markHeld(meeting.id());
        meetings.approveMinutes(meeting.id());
        transactions.executeWithoutResult(tx -> events.publishEvent(
                new MinutesCorrected(meeting.id(), committee.id(), "Stavefejl i punkt 2", Instant.now())));

        assertThat(versions.findByMeeting(meeting.id()))
                .extracting(DocumentVersionView::label)
                .containsExactly("Dagsorden", "Referat", "Rettelse 1 til referat");
        assertThat(versions.find(meeting.id(), 3).orElseThrow().kind()).isEqualTo(VersionKind.MINUTES);
        assertThat(versions.document(meeting.id(), 2, dk.punkt.committees.Audience.PUBLIC)
                        .orElseThrow()
                        .kind())
                .isEqualTo(dk.punkt.publishing.MeetingDocument.Kind.REFERAT);
    }

    @Test
    void cancellingAMeetingSendsItsItemsBackToTheBacklog() throws Exception {
        ItemView item = fixtures.approved(committee, "Til næste møde", 15, false);
        change("add:" + item.id());
        assertThat(items.find(item.id()).orElseThrow().state()).isEqualTo(ItemState.PÅ_DAGSORDEN);

        meetings.cancel(meeting.id(), "Aflyst", null);

        assertThat(items.find(item.id()).orElseThrow().state()).isEqualTo(ItemState.GODKENDT);
        assertThat(items.findBacklog(committee.id())).extracting(ItemView::id).contains(item.id());
        change("pause", "pauseMinutes", "5").andExpect(flash().attribute("error", "meetings.agenda.stateRefused"));
    }
}
