package dk.punkt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import dk.punkt.accounts.AccountService;
import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.items.AgendaFixtures;
import dk.punkt.items.ItemService;
import dk.punkt.items.ItemView;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingView;
import dk.punkt.testsupport.BrowserTestSupport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The secretary plans a meeting, assembles its agenda with the keyboard only (Tab, Enter, Space; no clicks on the
 * agenda page) from approved items, adds and moves a pause, checks the timetable and publishes. A member then sees the
 * closed item; an anonymous visitor sees it left out. axe runs on every page visited.
 */
class AgendaBrowserIT extends BrowserTestSupport {

    @Autowired
    CommitteeService committees;

    @Autowired
    MeetingService meetings;

    @Autowired
    ItemService items;

    @Autowired
    AccountService accounts;

    @Test
    void secretaryAssemblesByKeyboardAndPublishes() {
        AgendaFixtures fixtures = new AgendaFixtures(committees, meetings, items, accounts);
        CommitteeView committee = fixtures.committee("Tastaturforum", "tastatur@punkt.example");
        ItemView budget = fixtures.approved(committee, "Status på budget", 15, false);
        ItemView sbsys = fixtures.approved(committee, "SBSYS dagsordensmodul", 20, false);
        ItemView personale = fixtures.approved(committee, "Personalesag", 10, true);

        logIn("sekretaer", "demo");
        open("/moeder");
        assertAccessible();
        screenshot("moeder-liste");

        // Plan one meeting through the form (outside the agenda page a click is fine).
        page.locator("a[href='/moeder/ny?udvalg=" + committee.id() + "']").click();
        page.waitForURL("**/moeder/ny?udvalg=" + committee.id());
        assertThat(page.locator("#participants").inputValue()).contains("Henrik Harder (Kommunaldirektør)");
        assertAccessible();
        screenshot("moede-planlaeg");
        page.locator("#date").fill("2027-10-07");
        page.locator("form.form button[type=submit]").click();
        page.waitForURL("**/moeder");
        assertThat(page.locator("[role=status]").innerText()).contains("Mødet er planlagt");
        List<MeetingView> planned = meetings.findByCommittee(committee.id());
        assertThat(planned).hasSize(1);
        long meetingId = planned.get(0).id();
        screenshot("moeder-liste-planlagt");

        open("/moeder/" + meetingId + "/dagsorden");
        assertAccessible();
        screenshot("dagsorden-tom");

        // From here on: keyboard only.
        for (ItemView item : List.of(budget, sbsys, personale)) {
            tabTo("#add-i" + item.id());
            submitWith("Enter");
            assertThat(statusText()).contains(item.title());
        }
        assertThat(focusedId()).as("focus after adding returns to the new row").isEqualTo("remove-i" + personale.id());

        tabTo("#pause-minutes");
        page.keyboard().press("Control+A");
        page.keyboard().type("5");
        tabTo("#pause-form button[value=pause]");
        submitWith("Space");
        assertThat(statusText()).contains("pause på 5 minutter");

        // The pause is the last movable row (before the closing standing item): move it up one place.
        String pauseUp = page.locator("tr.agenda-row--pause button[id^=up-]").getAttribute("id");
        tabTo("#" + pauseUp);
        submitWith("Enter");
        assertThat(statusText()).contains("flyttet op");
        assertThat(focusedId()).as("focus stays on the moved row").startsWith("up-p");

        String table = page.locator("table.agenda-table").innerText();
        assertThat(rowsText())
                .containsExactly(
                        "Godkendelse af dagsorden og referat 9.00",
                        "Status på budget 9.00 - 9.15 (15)",
                        "SBSYS dagsordensmodul 9.15 - 9.35 (20)",
                        "Pause 9.35 - 9.40 (5)",
                        "Personalesag 9.40 - 9.50 (10)",
                        "Temaer til kommende møder og eventuelt 9.50 - 10.00 (10)");
        assertThat(table).contains("Lukket punkt", "Fast punkt");
        assertThat(page.locator("#runs-late").count()).isZero();
        assertAccessible();
        screenshot("dagsorden-samlet");
        page.setViewportSize(390, 844);
        screenshot("dagsorden-samlet-390");
        page.setViewportSize(1280, 900);

        tabTo("#publish");
        submitWith("Enter");
        assertThat(statusText()).contains("Dagsordenen er udsendt");
        assertAccessible();
        screenshot("dagsorden-udsendt");

        open("/moeder/" + meetingId);
        assertThat(page.locator("#versioner").count()).isEqualTo(1);
        assertAccessible();
        screenshot("moede-sekretaer");
        open("/udbakke");
        assertThat(page.locator("main").innerText()).contains("tastatur@punkt.example");
        assertAccessible();
        screenshot("udbakke");

        // A member sees the closed item's text.
        context.clearCookies();
        logIn("medlem", "demo");
        open("/moeder/" + meetingId);
        assertThat(page.locator("main").innerText())
                .contains("Punkt 4: Personalesag", "Fortroligt: Tekst om Personalesag");
        assertAccessible();
        screenshot("moede-medlem");

        // An anonymous visitor sees it left out, on the current page and on the frozen version.
        context.clearCookies();
        open("/offentlig/moeder/" + meetingId);
        String publicText = page.locator("main").innerText();
        assertThat(publicText).contains("Punkt 4: Personalesag", "Punktet er lukket", "Tekst om Status på budget");
        assertThat(publicText).doesNotContain("Fortroligt");
        assertAccessible();
        screenshot("moede-offentlig");
        open("/offentlig/moeder/" + meetingId + "/versioner/1");
        assertThat(page.locator("main").innerText())
                .contains("Du læser »Dagsorden«")
                .doesNotContain("Fortroligt");
        assertAccessible();
        page.setViewportSize(390, 844);
        screenshot("moede-offentlig-version-390");
    }

    /** Presses Tab until the element matching {@code selector} has the focus. */
    private void tabTo(String selector) {
        for (int i = 0; i < 400; i++) {
            Object matches = page.evaluate(
                    "s => document.activeElement !== null && document.activeElement.matches(s)", selector);
            if (Boolean.TRUE.equals(matches)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Tab never reached " + selector + "; focus is on " + focusedId());
    }

    /** Presses a key on the focused button and waits for the page the form post leads to. */
    @SuppressWarnings("deprecation")
    private void submitWith(String key) {
        page.waitForNavigation(() -> page.keyboard().press(key));
        page.waitForLoadState();
    }

    private String focusedId() {
        return (String) page.evaluate("() => document.activeElement ? document.activeElement.id : ''");
    }

    private String statusText() {
        return page.locator("#agenda-status").innerText();
    }

    /** Each agenda row as "title time". */
    private List<String> rowsText() {
        Locator rows = page.locator("table.agenda-table tbody tr");
        return rows.all().stream()
                .map(row -> {
                    List<String> cells = row.locator("td").allInnerTexts();
                    String title = row.locator(".agenda-row__title").count() > 0
                            ? row.locator(".agenda-row__title").innerText()
                            : cells.get(1);
                    return title.strip() + " " + cells.get(4).strip();
                })
                .toList();
    }
}
