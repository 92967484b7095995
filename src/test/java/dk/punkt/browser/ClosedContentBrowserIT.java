package dk.punkt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.punkt.committees.CommitteeService;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingState;
import dk.punkt.meetings.MeetingView;
import dk.punkt.testsupport.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's coming meeting has a closed item: a member reads it from the start page, an anonymous visitor sees only
 * its number and title. The committee page and both meeting views are axe-clean.
 */
class ClosedContentBrowserIT extends BrowserTestSupport {

    private static final String CLOSED_TITLE = "CF - Personalesag (lukket punkt)";
    private static final String CLOSED_TEXT = "Demoindhold: et lukket punkt";

    @Autowired
    CommitteeService committees;

    @Autowired
    MeetingService meetings;

    @Autowired
    dk.punkt.items.ItemService items;

    /** The demo's coming meeting: the one with the closed item (other tests add Chefforum meetings of their own). */
    private MeetingView comingMeeting() {
        long chefforum = committees.findByName("Chefforum").orElseThrow().id();
        return meetings.findByCommittee(chefforum).stream()
                .filter(meeting -> meeting.state() == MeetingState.DAGSORDEN_UDSENDT)
                .filter(meeting -> items.findByMeeting(meeting.id()).stream()
                        .anyMatch(item -> item.title().equals(CLOSED_TITLE)))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anonymousVisitorSeesTheClosedItemLeftOut() {
        open("/offentlig/moeder/" + comingMeeting().id());

        assertThat(page.locator("main").innerText())
                .contains(CLOSED_TITLE, "Punktet er lukket")
                .doesNotContain(CLOSED_TEXT);
        assertAccessible();
        screenshot("lukket-punkt-offentlig");
    }

    @Test
    void memberOpensTheComingMeetingFromTheStartPageAndReadsTheClosedItem() {
        logIn("medlem", "demo");
        page.locator("main a[href='/moeder/" + comingMeeting().id() + "']").click();
        page.waitForURL("**/moeder/" + comingMeeting().id());

        assertThat(page.locator("main").innerText()).contains(CLOSED_TITLE, CLOSED_TEXT);
        assertAccessible();
        screenshot("lukket-punkt-medlem");
    }

    @Test
    void committeePageListsMeetingsByYearAndMembers() {
        open("/offentlig");
        page.locator("main a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Chefforum"))
                .first()
                .click();
        page.waitForURL("**/offentlig/udvalg/*");

        assertThat(page.locator("main h1").innerText()).isEqualTo("Chefforum");
        assertThat(page.locator("main").innerText()).contains("2024", "2019", "Henrik Harder, Kommunaldirektør");
        assertAccessible();
        screenshot("udvalg");
    }
}
