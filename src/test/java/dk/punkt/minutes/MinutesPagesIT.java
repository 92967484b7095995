package dk.punkt.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.punkt.committees.Audience;
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
import dk.punkt.publishing.MeetingDocument;
import dk.punkt.publishing.MeetingDocumentService;
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
@org.springframework.test.context.event.RecordApplicationEvents
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

    @Autowired
    FollowUpService followUps;

    @Autowired
    MinutesReviewService reviews;

    @Autowired
    org.springframework.test.context.event.ApplicationEvents events;

    @Autowired
    MeetingModeService mode;

    @Autowired
    MeetingDocumentService documents;

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

    @Test
    void followUpsAppearForTheirTargetMeetingOnItsAgendaPage() throws Exception {
        MeetingView meeting = publishedMeeting();
        long item = minutes.agendaItems(meeting.id()).get(1).id();
        minutes.recordDecision(item, "<p>SUS skal behandles igen.</p>", Outcome.DRØFTET, null);
        MeetingView target = meetings.plan(
                new NewMeeting(meeting.committeeId(), meeting.date().plusDays(14), null, null, null, null, null));
        FollowUpView followUp =
                followUps.create(new NewFollowUp(item, "SUS behandles igen " + tag, "Henrik", null, target.id()));

        String page = text(get("/moeder/" + target.id() + "/dagsorden").with(sekretaer()));
        assertThat(page)
                .contains("Opfølgning til dette møde", "SUS behandles igen " + tag, "Ansvarlig: Henrik")
                .contains("href=\"/punkter/" + item + "\"", "Sag " + tag)
                .contains("/punkter/nyt?udvalg=" + meeting.committeeId() + "&amp;moede=" + target.id());
        // Not offered on other meetings' agendas.
        assertThat(text(get("/moeder/" + meeting.id() + "/dagsorden").with(sekretaer())))
                .doesNotContain("SUS behandles igen " + tag);

        // "Opret punkt" opens the item form prefilled with the follow-up's text and the origin's case number.
        String form = text(get("/punkter/nyt")
                .param("udvalg", String.valueOf(meeting.committeeId()))
                .param("moede", String.valueOf(target.id()))
                .param("titel", "SUS behandles igen " + tag)
                .param("sag", items.find(item).orElseThrow().caseNumber())
                .with(sekretaer()));
        assertThat(form).contains("value=\"SUS behandles igen " + tag + "\"");
        assertThat(form).contains(items.find(item).orElseThrow().caseNumber());

        followUps.changeStatus(followUp.id(), FollowUpStatus.DONE, null);
        assertThat(text(get("/moeder/" + target.id() + "/dagsorden").with(sekretaer())))
                .doesNotContain("SUS behandles igen " + tag);
    }

    @Test
    void aPostponedItemShowsTheMeetingItWasPostponedFromOnItsPageAndInTheLaterDocument() throws Exception {
        MeetingView meeting = publishedMeeting();
        List<ItemView> agenda = minutes.agendaItems(meeting.id());
        long item = agenda.get(1).id();
        for (ItemView i : agenda) {
            minutes.recordDecision(
                    i.id(), "<p>Besluttet.</p>", i.id() == item ? Outcome.UDSAT : Outcome.GODKENDT, null);
        }
        minutes.approve(meeting.id());
        MeetingView later = meetings.plan(
                new NewMeeting(meeting.committeeId(), meeting.date().plusDays(21), null, null, null, null, null));
        agendas.assemble(later.id(), List.of(MeetingView.AgendaRow.item(item)), null);
        agendas.publishAgenda(later.id());

        String expected = "Udsat fra mødet den " + meeting.date().getDayOfMonth() + ". ";
        String itemPage = text(get("/punkter/" + item).with(sekretaer()));
        assertThat(itemPage).contains("Udsat fra mødet den", "/moeder/" + meeting.id() + "\"");

        MeetingDocument document =
                documents.forMeeting(later.id(), Audience.PUBLIC).orElseThrow();
        MeetingDocument.Item postponed = document.items().stream()
                .filter(i -> i.id() == item)
                .findFirst()
                .orElseThrow();
        assertThat(postponed.postponedFrom()).isEqualTo(meeting.date());
        assertThat(postponed.postponedNote()).startsWith(expected);
        // Not on the other items, and not in the earlier meeting's own minutes.
        assertThat(document.items().stream().filter(i -> i.id() != item))
                .allSatisfy(i -> assertThat(i.postponedFrom()).isNull());
        assertThat(documents
                        .forMeeting(meeting.id(), Audience.PUBLIC)
                        .orElseThrow()
                        .items())
                .allSatisfy(i -> assertThat(i.postponedFrom()).isNull());

        assertThat(text(get("/offentlig/moeder/" + later.id()))).contains(expected);
        assertThat(pdfText("/offentlig/moeder/" + later.id() + "/dokument.pdf")).contains(expected);
        assertThat(docxText("/offentlig/moeder/" + later.id() + "/dokument.docx"))
                .contains(expected);
    }

    @Test
    void lateArrivalsAndEarlyDeparturesArePrintedInTheParticipantsBlock() throws Exception {
        MeetingView meeting = publishedMeeting();
        List<ItemView> agenda = minutes.agendaItems(meeting.id());
        String late = meeting.participants().get(0).name();
        String early = meeting.participants().get(1).name();
        mode.notePresence(
                meeting.id(), late, PresenceKind.ARRIVED_LATE, agenda.get(1).id());
        mode.notePresence(
                meeting.id(), early, PresenceKind.LEFT_EARLY, agenda.get(2).id());

        MeetingDocument document =
                documents.forMeeting(meeting.id(), Audience.PUBLIC).orElseThrow();
        assertThat(document.participants())
                .filteredOn(p -> p.name().equals(late))
                .singleElement()
                .satisfies(p -> assertThat(p.note()).isEqualTo("deltog fra punkt 2"));
        assertThat(document.participants())
                .filteredOn(p -> p.name().equals(early))
                .singleElement()
                .satisfies(p -> assertThat(p.note()).isEqualTo("forlod mødet under punkt 3"));

        assertThat(text(get("/offentlig/moeder/" + meeting.id())))
                .contains(late + " (", "– deltog fra punkt 2", "– forlod mødet under punkt 3");
        assertThat(pdfText("/offentlig/moeder/" + meeting.id() + "/dokument.pdf")
                        .replaceAll("\\s+", " "))
                .contains("deltog fra punkt 2", "forlod mødet under punkt 3");
        assertThat(docxText("/offentlig/moeder/" + meeting.id() + "/dokument.docx"))
                .contains("deltog fra punkt 2", "forlod mødet under punkt 3");
    }

    @Test
    void draftMinutesGoToTheMembersForCommentsPerItemAndTheSecretarySeesCommentsAndChanges() throws Exception {
        MeetingView meeting = publishedMeeting();
        long id = meeting.id();
        List<ItemView> agenda = minutes.agendaItems(id);
        long open = agenda.get(1).id();
        String deadline = LocalDate.now().plusDays(3).toString();

        // Only a held meeting's draft goes out.
        assertThat(status(post("/moeder/" + id + "/referat/udkast")
                        .with(sekretaer())
                        .with(csrf())
                        .param("deadline", deadline)))
                .isEqualTo(409);
        minutes.recordDecision(open, "<p>Godkendt som indstillet " + tag + ".</p>", Outcome.GODKENDT, null);
        MvcResult past = mvc.perform(post("/moeder/" + id + "/referat/udkast")
                        .with(sekretaer())
                        .with(csrf())
                        .param("deadline", LocalDate.now().minusDays(1).toString()))
                .andReturn();
        assertThat(past.getResponse().getStatus()).isEqualTo(400);
        assertThat(past.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Vælg en frist", "aria-invalid=\"true\"");
        assertThat(status(post("/moeder/" + id + "/referat/udkast")
                        .with(user("medlem").roles("MEMBER"))
                        .with(csrf())
                        .param("deadline", deadline)))
                .isEqualTo(403);
        assertThat(status(get("/moeder/" + id + "/referat/udkast")
                        .with(user("medlem").roles("MEMBER"))))
                .isEqualTo(404);

        MvcResult sent = mvc.perform(post("/moeder/" + id + "/referat/udkast")
                        .with(sekretaer())
                        .with(csrf())
                        .param("deadline", deadline))
                .andReturn();
        assertThat(sent.getResponse().getStatus()).isEqualTo(302);
        assertThat(events.stream(DraftMinutesSentForReview.class).filter(e -> e.meetingId() == id))
                .singleElement()
                .satisfies(e -> assertThat(e.deadline()).isEqualTo(LocalDate.parse(deadline)));

        // A committee member reads the draft (closed items too) and comments per item; others may not.
        String draft = text(
                get("/moeder/" + id + "/referat/udkast").with(user("medlem").roles("MEMBER")));
        assertThat(draft).contains("Godkendt som indstillet " + tag, "Lukket sag " + tag, "Din kommentar til punkt 2");
        assertThat(status(get("/moeder/" + id + "/referat/udkast")
                        .with(user("medarbejder").roles("EMPLOYEE"))))
                .isEqualTo(403);
        MvcResult commented = mvc.perform(post("/moeder/" + id + "/referat/udkast/kommentar")
                        .with(user("medlem").roles("MEMBER"))
                        .with(csrf())
                        .param("itemId", String.valueOf(open))
                        .param("text", "Tilføj at budgettet følges op " + tag))
                .andReturn();
        assertThat(commented.getResponse().getStatus()).isEqualTo(302);
        MvcResult empty = mvc.perform(post("/moeder/" + id + "/referat/udkast/kommentar")
                        .with(user("medlem").roles("MEMBER"))
                        .with(csrf())
                        .param("itemId", String.valueOf(open))
                        .param("text", "  "))
                .andReturn();
        assertThat(empty.getResponse().getStatus()).isEqualTo(400);
        assertThat(empty.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Skriv en kommentar");
        assertThat(status(post("/moeder/" + id + "/referat/udkast/kommentar")
                        .with(user("medarbejder").roles("EMPLOYEE"))
                        .with(csrf())
                        .param("itemId", String.valueOf(open))
                        .param("text", "Ikke medlem")))
                .isEqualTo(403);
        assertThat(text(get("/moeder/" + id + "/referat/udkast")
                        .with(user("medlem").roles("MEMBER"))))
                .contains("Dine kommentarer", "Tilføj at budgettet følges op " + tag);

        // The secretary changes the decision: the approval page shows the comment and the text as sent beside it.
        minutes.recordDecision(open, "<p>Godkendt med opfølgning " + tag + ".</p>", Outcome.GODKENDT, null);
        String approval = text(get("/moeder/" + id + "/referat").with(sekretaer()));
        assertThat(approval)
                .contains("Kommentarer fra medlemmerne (1)", "Tilføj at budgettet følges op " + tag, "Marie Aasøe")
                .contains("Ændret siden udkastet", "Godkendt som indstillet " + tag, "Godkendt med opfølgning " + tag);
        assertThat(approval.split("Ændret siden udkastet", -1)).hasSize(2); // only the changed item

        // Approval closes the round.
        for (ItemView item : agenda) {
            if (item.id() != open) {
                minutes.recordDecision(item.id(), "<p>Godkendt.</p>", Outcome.GODKENDT, null);
            }
        }
        minutes.approve(id);
        assertThat(status(post("/moeder/" + id + "/referat/udkast/kommentar")
                        .with(user("medlem").roles("MEMBER"))
                        .with(csrf())
                        .param("itemId", String.valueOf(open))
                        .param("text", "For sent")))
                .isEqualTo(409);
        assertThat(reviews.comments(id))
                .extracting(ReviewCommentView::text)
                .containsExactly("Tilføj at budgettet følges op " + tag);
    }

    private String text(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String pdfText(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        }
    }

    private String docxText(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                        new java.io.ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx)) {
            return extractor.getText();
        }
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
