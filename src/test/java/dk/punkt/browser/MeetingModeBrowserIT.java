package dk.punkt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
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
import dk.punkt.meetings.MeetingView.AgendaRow;
import dk.punkt.meetings.NewMeeting;
import dk.punkt.minutes.FollowUpService;
import dk.punkt.minutes.MeetingModeService;
import dk.punkt.minutes.MinutesService;
import dk.punkt.minutes.NewFollowUp;
import dk.punkt.minutes.Outcome;
import dk.punkt.minutes.PresenceKind;
import dk.punkt.testsupport.BrowserTestSupport;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 5 by hand: the secretary runs a meeting in meeting mode with the keyboard only, approves the minutes, and an
 * anonymous visitor reads them; axe finds nothing on any page visited.
 */
class MeetingModeBrowserIT extends BrowserTestSupport {

    static final String PASSWORD = "demo";

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
    MeetingModeService mode;

    @Autowired
    FollowUpService followUps;

    String tag = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void secretaryRunsTheMeetingByKeyboardApprovesAndTheMinutesArePublic() {
        long meetingId = publishedMeeting("Budgetopfølgning " + tag, "Strategi " + tag);
        logIn("sekretaer", PASSWORD);

        open("/moeder/" + meetingId + "/afvikling");
        assertThat(page.locator("h1").innerText()).contains("Mødeafvikling");
        assertAccessible();
        screenshot("minutes-meeting-mode-1");

        // Item 1 (standing, no recommendation): "Godkendt" with a text of its own; on with Alt+PageDown.
        decideByKeyboard(0, "Dagsorden og referat godkendt.");
        page.waitForURL(url -> url.contains("punkt=2"));
        assertThat(page.locator("#gem-status").innerText()).contains("Gemt");
        // Item 2: "Godkendt" starts from the recommendation's clauses; a paragraph is added.
        decideByKeyboard(0, "\n\nTilføjet ved mødet " + tag + ".");
        page.waitForURL(url -> url.contains("punkt=3"));
        assertAccessible();
        screenshot("minutes-meeting-mode-3");
        // Item 3: "Drøftet" (two steps right in the radio group).
        decideByKeyboard(2, "Chefforum drøftede strategien " + tag + ".");
        page.waitForURL(url -> url.contains("punkt=4"));
        // Item 4 (the last): "Taget til efterretning" without text; Alt+PageUp saves and goes back.
        decideByKeyboard(1, "", "PageUp");
        page.waitForURL(url -> url.contains("punkt=3"));
        assertThat(meetings.find(meetingId).orElseThrow().state()).isEqualTo(MeetingState.AFHOLDT);

        // The projector shows the item the secretary has open.
        Page projector = context.newPage();
        projector.navigate(baseUrl() + "/moeder/" + meetingId + "/projektor");
        assertThat(projector.locator("h1").innerText()).isEqualTo("Strategi " + tag);
        assertAccessible(projector);
        shot(projector, "minutes-projector");
        projector.close();

        open("/moeder/" + meetingId + "/referat");
        assertAccessible();
        tabTo("#godkend");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("godkendt=1"));
        assertThat(bodyText()).contains("Versioner af dagsorden og referat");
        assertAccessible();
        screenshot("minutes-approved");

        // Anonymous visitor.
        BrowserContext anonymous = browser().newContext();
        Page visitor = anonymous.newPage();
        visitor.navigate(baseUrl() + "/offentlig/moeder/" + meetingId);
        String text = visitor.locator("main").innerText();
        assertThat(text)
                .contains("REFERAT", "Beslutning", "Dagsorden og referat godkendt.")
                .contains("Chefforum godkendte indstillingen:", "at sagen godkendes", "Tilføjet ved mødet " + tag)
                .contains("drøftede strategien " + tag, "Taget til efterretning.");
        assertAccessible(visitor);
        shot(visitor, "minutes-public");
        anonymous.close();
    }

    @Test
    void aStaleAutosaveShowsTheConflictAndKeepsWhatWasTyped() {
        long meetingId = publishedMeeting("Konflikt " + tag);
        logIn("sekretaer", PASSWORD);
        Page other = context.newPage();
        open("/moeder/" + meetingId + "/afvikling?punkt=2");
        other.navigate(baseUrl() + "/moeder/" + meetingId + "/afvikling?punkt=2");

        page.locator("input[value=DRØFTET]").check();
        page.locator("#beslutningstekst").fill("Tekst fra den første sekretær.");
        page.locator("#gem-status").getByText("Gemt").waitFor();

        other.locator("#beslutningstekst").pressSequentially("Tekst fra den anden.");
        other.locator("#gem-status .save-conflict").waitFor();
        assertThat(other.locator("#gem-status").innerText()).contains("Tekst fra den første sekretær.");
        assertThat(other.locator("#beslutningstekst").inputValue()).isEqualTo("Tekst fra den anden.");
        assertAccessible(other);
        shot(other, "minutes-conflict");

        other.locator("#gem-status button").click();
        other.waitForURL(url -> url.contains("gemt=1"));
        assertThat(minutes.agendaItems(meetingId).stream()
                        .map(item -> items.find(item.id()).orElseThrow().title())
                        .toList())
                .contains("Konflikt " + tag);
        assertThat(other.locator("#beslutningstekst").inputValue()).isEqualTo("Tekst fra den anden.");
    }

    @Test
    void registerCaseHistoryFollowUpsNotesAndVersionsAreAccessible() {
        CommitteeView chefforum = committees.findByName("Chefforum").orElseThrow();
        MeetingView approved = meetings.findByCommittee(chefforum.id()).stream()
                .filter(m -> m.state() == MeetingState.REFERAT_GODKENDT)
                .findFirst()
                .orElseThrow();
        logIn("sekretaer", PASSWORD);
        visit("/udvalg/" + chefforum.id() + "/beslutninger", "minutes-register");
        visit(
                "/udvalg/" + chefforum.id() + "/beslutninger?udfald=GODKENDT&aar="
                        + approved.date().getYear(),
                "minutes-register-filtered");
        visit("/sager/00.01.00-A21-9-18", "minutes-case");
        visit("/opfoelgning", "minutes-follow-ups");
        visit("/moeder/" + approved.id() + "/referat", "minutes-approve-demo");
        visit("/moeder/" + approved.id() + "/noter", "minutes-notes");
        page.locator("#note-tekst-1").fill("Min private note " + tag);
        page.locator("#note-tekst-1 ~ button, form:has(#note-tekst-1) button")
                .first()
                .click();
        page.waitForURL(url -> url.contains("gemt="));
        assertThat(page.locator("#note-tekst-1").inputValue()).isEqualTo("Min private note " + tag);

        BrowserContext anonymous = context.browser().newContext();
        Page visitor = anonymous.newPage();
        visitor.navigate(baseUrl() + "/offentlig/sager/00.01.00-A21-9-18");
        assertThat(visitor.locator("h1").innerText()).contains("00.01.00-A21-9-18");
        assertAccessible(visitor);
        shot(visitor, "minutes-public-case");
        anonymous.close();
    }

    @Test
    void draftReviewFollowUpsPostponementAndLateArrivalOnThePages() {
        long meetingId = publishedMeeting("Udkast " + tag, "Udsættes " + tag);
        MeetingView meeting = meetings.find(meetingId).orElseThrow();
        List<ItemView> agenda = minutes.agendaItems(meetingId);
        long first = agenda.get(1).id();
        long postponed = agenda.get(2).id();
        String late = meeting.participants().get(0).name();
        mode.notePresence(meetingId, late, PresenceKind.ARRIVED_LATE, first);
        minutes.recordDecision(agenda.get(0).id(), "<p>Godkendt.</p>", Outcome.GODKENDT, null);
        minutes.recordDecision(first, "<p>Godkendt som indstillet " + tag + ".</p>", Outcome.GODKENDT, null);
        minutes.recordDecision(postponed, "<p>Sagen udsættes.</p>", Outcome.UDSAT, null);
        minutes.recordDecision(agenda.get(3).id(), "", Outcome.TAGET_TIL_EFTERRETNING, null);
        MeetingView later = meetings.plan(
                new NewMeeting(meeting.committeeId(), meeting.date().plusDays(14), null, null, null, null, null));
        followUps.create(new NewFollowUp(first, "Tages op igen " + tag, "Henrik", null, later.id()));

        // The secretary sends the draft for comments.
        logIn("sekretaer", PASSWORD);
        open("/moeder/" + meetingId + "/referat");
        page.locator("#frist").fill(LocalDate.now().plusDays(5).toString());
        page.locator("form[action$='/referat/udkast'] button").click();
        page.waitForURL(url -> url.contains("sendt=1"));
        assertThat(bodyText()).contains("Udkastet blev sendt");

        // A member comments on an item.
        context.clearCookies();
        logIn("medlem", PASSWORD);
        open("/moeder/" + meetingId + "/referat/udkast");
        assertAccessible();
        page.locator("#kommentar-tekst-" + first).fill("Husk opfølgningen på budgettet " + tag);
        page.locator("#kommentar-" + first + " button").click();
        page.waitForURL(url -> url.contains("kommenteret="));
        assertThat(bodyText()).contains("Dine kommentarer", "Husk opfølgningen på budgettet " + tag);
        assertAccessible();
        screenshot("minutes-draft-member");

        // The secretary changes the decision and sees the comment and the change.
        minutes.recordDecision(first, "<p>Godkendt med opfølgning " + tag + ".</p>", Outcome.GODKENDT, null);
        context.clearCookies();
        logIn("sekretaer", PASSWORD);
        open("/moeder/" + meetingId + "/referat");
        page.locator(".review__changed summary").first().click();
        assertThat(bodyText())
                .contains("Husk opfølgningen på budgettet " + tag, "Ændret siden udkastet")
                .contains("Godkendt som indstillet " + tag, "Godkendt med opfølgning " + tag);
        assertAccessible();
        screenshot("minutes-review-approval");

        // The follow-up is offered when the later meeting's agenda is assembled.
        open("/moeder/" + later.id() + "/dagsorden");
        assertThat(bodyText()).contains("Opfølgning til dette møde", "Tages op igen " + tag, "Udkast " + tag);
        assertAccessible();
        screenshot("minutes-agenda-follow-ups");

        // The postponed item goes on the later agenda and says where it came from.
        agendas.assemble(later.id(), List.of(AgendaRow.item(postponed)), null);
        open("/punkter/" + postponed);
        assertThat(bodyText()).contains("Udsat fra mødet den");
        assertAccessible();
        screenshot("minutes-item-postponed");

        minutes.approve(meetingId);
        agendas.publishAgenda(later.id());
        BrowserContext anonymous = browser().newContext();
        Page visitor = anonymous.newPage();
        visitor.navigate(baseUrl() + "/offentlig/moeder/" + meetingId);
        assertThat(visitor.locator("main").innerText()).contains(late + " (", "deltog fra punkt 2");
        assertAccessible(visitor);
        shot(visitor, "minutes-public-late-arrival");
        visitor.navigate(baseUrl() + "/offentlig/moeder/" + later.id());
        assertThat(visitor.locator("main").innerText()).contains("Udsat fra mødet den");
        assertAccessible(visitor);
        shot(visitor, "minutes-public-postponed-from");
        anonymous.close();
    }

    private void visit(String path, String name) {
        com.microsoft.playwright.Response response = open(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        assertAccessible();
        screenshot(name);
    }

    /** Tabs to the outcome radios, picks the n-th with the arrow keys, types into the text, then moves on. */
    private void decideByKeyboard(int outcomeIndex, String text) {
        decideByKeyboard(outcomeIndex, text, "PageDown");
    }

    private void decideByKeyboard(int outcomeIndex, String text, String key) {
        tabTo("input[name=outcome]");
        if (outcomeIndex == 0) {
            page.keyboard().press("Space");
        }
        for (int i = 0; i < outcomeIndex; i++) {
            page.keyboard().press("ArrowRight");
        }
        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("beslutningstekst");
        if (!text.isEmpty()) {
            page.keyboard().press("Control+End");
            for (String part : text.split("\n", -1)) {
                if (!part.isEmpty()) {
                    page.keyboard().type(part);
                }
                if (!text.endsWith(part) || part.isEmpty()) {
                    page.keyboard().press("Enter");
                }
            }
        }
        page.keyboard().press("Alt+" + key);
    }

    /** Presses Tab until the focused element matches the selector (keyboard only, as a secretary would). */
    private void tabTo(String selector) {
        for (int i = 0; i < 120; i++) {
            page.keyboard().press("Tab");
            Object matches =
                    page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector);
            if (Boolean.TRUE.equals(matches)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + selector + " on " + page.url());
    }

    private static void shot(Page other, String name) {
        other.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Paths.get("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }

    private String bodyText() {
        return page.locator("main").innerText();
    }

    private com.microsoft.playwright.Browser browser() {
        return context.browser();
    }

    private long publishedMeeting(String... titles) {
        CommitteeView chefforum = committees.findByName("Chefforum").orElseThrow();
        LocalDate date =
                LocalDate.of(2033, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 2000));
        MeetingView meeting = meetings.plan(
                new NewMeeting(chefforum.id(), date, LocalTime.of(9, 0), LocalTime.of(12, 0), null, null, null));
        List<AgendaRow> rows = new java.util.ArrayList<>();
        for (String title : titles) {
            ItemView item = items.create(new NewItem(
                    chefforum.id(),
                    meeting.id(),
                    title,
                    "00.01.00-P35-" + ThreadLocalRandom.current().nextInt(100, 9999) + "-26",
                    ItemType.BESLUTNING,
                    "Henrik",
                    15,
                    false,
                    List.of(new ItemView.Section("Sagsfremstilling", "<p>Sagen om " + title + ".</p>")),
                    new ItemView.Recommendation("Kommunaldirektøren", List.of("at sagen godkendes"))));
            items.submit(item.id());
            items.approve(item.id());
            rows.add(AgendaRow.item(item.id()));
        }
        agendas.assemble(meeting.id(), rows, null);
        agendas.publishAgenda(meeting.id());
        return meeting.id();
    }
}
