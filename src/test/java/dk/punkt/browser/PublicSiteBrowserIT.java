package dk.punkt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.items.AppendixService;
import dk.punkt.items.ItemService;
import dk.punkt.items.ItemView;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingView;
import dk.punkt.publishing.TestMeetings;
import dk.punkt.testsupport.BrowserTestSupport;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public site as a citizen clicks through it: /offentlig → a committee → a year → a meeting → its documents,
 * with coming and cancelled meetings shown, axe (WCAG 2.1 AA) on every page, and the print layout.
 */
class PublicSiteBrowserIT extends BrowserTestSupport {

    @Autowired
    CommitteeService committees;

    @Autowired
    MeetingService meetings;

    @Autowired
    ItemService items;

    @Autowired
    AppendixService appendices;

    @Test
    void aCitizenFindsAMeetingByCommitteeAndYearAndItsDocuments() {
        TestMeetings fixtures = new TestMeetings(committees, meetings, items, appendices);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen"));
        CommitteeView committee = fixtures.committee("Teknik- og Miljøudvalget", null);
        int pastYear = today.getYear() - 1;
        MeetingView past = fixtures.plan(committee, LocalDate.of(pastYear, 3, 5));
        ItemView item = fixtures.draft(committee, past, "Renovering af Rådhuspladsen", false, 1);
        fixtures.upload(item, "Bilag 1 Skitse af pladsen.pdf", false, TestMeetings.pdf("SKITSE", 1));
        fixtures.upload(item, "Bilag 2 Fortroligt tilbud.pdf", true, TestMeetings.pdf("TILBUD", 1));
        fixtures.publish(past, List.of(item));
        MeetingView earlier = fixtures.plan(committee, LocalDate.of(pastYear - 1, 9, 2));
        fixtures.publish(earlier, List.of(fixtures.draft(committee, earlier, "Budgetopfølgning", false, 2)));
        MeetingView coming = fixtures.plan(committee, today.plusDays(30));
        MeetingView cancelled = fixtures.plan(committee, today.plusDays(44));
        meetings.cancel(cancelled.id(), "Der er ingen sager til behandling.", null);

        open("/offentlig");
        assertThat(page.locator("#kommende + ul").innerText()).contains(committee.name());
        assertAccessible();
        screenshot("public-1-start");

        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.LINK,
                        new Page.GetByRoleOptions().setName(committee.name()).setExact(true))
                .first()
                .click();
        assertThat(URI.create(page.url()).getPath()).isEqualTo("/offentlig/udvalg/" + committee.id());
        String committeePage = page.locator("main").innerText();
        assertThat(committeePage).contains("Kommende møder", "Aflyst", "Der er ingen sager til behandling.");
        assertThat(page.locator(".meeting-card--cancelled del").count()).isPositive();
        assertThat(page.locator("a[href='/offentlig/udvalg/" + committee.id() + "/" + pastYear + "']")
                        .count())
                .isEqualTo(1);
        assertThat(coming.id()).isPositive();
        assertAccessible();
        screenshot("public-2-committee");

        page.locator(".year-nav a", new Page.LocatorOptions().setHasText(String.valueOf(pastYear - 1)))
                .click();
        assertThat(URI.create(page.url()).getPath())
                .isEqualTo("/offentlig/udvalg/" + committee.id() + "/" + (pastYear - 1));
        assertThat(page.locator("main").innerText()).contains("Møder i " + (pastYear - 1));
        assertAccessible();
        screenshot("public-3-year");

        page.locator(".year-nav a", new Page.LocatorOptions().setHasText(String.valueOf(pastYear)))
                .click();
        assertAccessible();
        page.locator("a[href='/offentlig/moeder/" + past.id() + "']").click();
        assertThat(URI.create(page.url()).getPath()).isEqualTo("/offentlig/moeder/" + past.id());
        String meetingPage = page.locator("main").innerText();
        assertThat(meetingPage)
                .contains("Hent som PDF", "Hent som Word", "Hent samlet PDF med bilag", "Bilag 1 Skitse af pladsen.pdf")
                .doesNotContain("Fortroligt tilbud");
        assertAccessible();
        screenshot("public-4-meeting");

        for (String document : List.of("dokument.pdf", "dokument.docx", "samlet.pdf")) {
            String href = "/offentlig/moeder/" + past.id() + "/" + document;
            assertThat(page.locator("a[href='" + href + "']").count()).as(href).isEqualTo(1);
            APIResponse response = page.request().get(baseUrl() + href);
            assertThat(response.status()).as(href).isEqualTo(200);
            assertThat(response.body().length).as(href).isGreaterThan(1000);
        }

        // Printed: no navigation or search, the documents' addresses beside their links.
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator(".site-header").isVisible()).isFalse();
        assertThat(page.locator(".site-search").isVisible()).isFalse();
        Object after =
                page.evaluate("() => getComputedStyle(document.querySelector('a[data-print-url]'), '::after').content");
        assertThat(String.valueOf(after)).contains("/offentlig/moeder/" + past.id() + "/dokument.pdf");
        screenshot("public-5-meeting-print");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

        // On a phone.
        page.setViewportSize(375, 812);
        open("/offentlig/udvalg/" + committee.id());
        assertAccessible();
        screenshot("public-6-committee-phone");
        open("/offentlig/moeder/" + past.id());
        screenshot("public-7-meeting-phone");
    }
}
