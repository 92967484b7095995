package dk.punkt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import dk.punkt.testsupport.BrowserTestSupport;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The foundation's pages as a visitor sees them in Chromium: the start page, login, the public pages and a published
 * meeting, each with a skip link, a main landmark, Danish as page language and no axe (WCAG 2.1 AA) violations.
 */
class PagesBrowserIT extends BrowserTestSupport {

    static final String DEMO_PASSWORD = "demo";
    static final String[] DEMO_USERS = {"sekretaer", "indstiller", "sagsbehandler", "medlem", "medarbejder"};

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anonymousVisitorGetsThePublicStartPage() {
        Response response = open("/");

        assertThat(response.status()).isEqualTo(200);
        assertThat(bodyText()).contains("Chefforum");
        assertThat(logoutButton().count())
                .as("logout button for an anonymous visitor")
                .isZero();
        assertPageBasics();
        screenshot("start-anonymous");
    }

    @Test
    void loginPageHasTheFormAndTheDemoUsers() {
        Response response = open("/login");

        assertThat(response.status()).isEqualTo(200);
        assertThat(page.locator("form input[name=username]").isVisible()).isTrue();
        assertThat(page.locator("form input[name=password]").isVisible()).isTrue();
        assertThat(page.locator("form:has(input[name=username]) [type=submit]")
                        .first()
                        .isVisible())
                .as("submit button of the login form")
                .isTrue();
        assertThat(bodyText()).contains(DEMO_USERS);
        assertPageBasics();
        screenshot("login");
    }

    @Test
    void secretaryLogsInAndSeesTheirCommitteesAndWhoIsLoggedIn() {
        logIn("sekretaer", DEMO_PASSWORD);

        assertThat(URI.create(page.url()).getPath()).isEqualTo("/");
        assertThat(page.locator("main h1").first().isVisible()).isTrue();
        assertThat(bodyText()).contains("Chefforum");
        String displayName = jdbc.queryForObject(
                "select display_name from user_account where username = ?", String.class, "sekretaer");
        assertThat(page.locator("header").innerText()).contains(displayName);
        assertThat(logoutButton().count()).as("logout button in the header").isEqualTo(1);
        assertPageBasics();
        screenshot("home-sekretaer");
    }

    @Test
    void publicStartPageListsChefforumAndPublishedMeetings() {
        Response response = open("/offentlig");

        assertThat(response.status()).isEqualTo(200);
        assertThat(bodyText()).contains("Chefforum");
        assertThat(meetingLinks().count()).as("links to published meetings").isPositive();
        assertPageBasics();
        screenshot("offentlig");
    }

    @Test
    void publishedMeetingShowsTableOfContentsAndItems() {
        open("/offentlig");
        assertThat(meetingLinks().count()).as("links to published meetings").isPositive();
        Locator first = meetingLinks().first();
        String href = first.getAttribute("href");
        first.click();
        page.waitForURL("**" + href);

        assertThat(URI.create(page.url()).getPath()).matches("/offentlig/moeder/\\d+");
        assertThat(bodyText()).contains("Indholdsfortegnelse", "Punkt 1:");
        assertPageBasics();
        screenshot("offentlig-moede");
    }

    @Test
    void unknownMeetingGivesADanish404Page() {
        Response response = open("/offentlig/moeder/999999");

        assertThat(response.status()).isEqualTo(404);
        assertThat(bodyText()).contains("Siden findes ikke");
        assertPageBasics();
        screenshot("404");
    }

    private void assertPageBasics() {
        assertThat(page.locator("html").getAttribute("lang")).as("html[lang]").isEqualTo("da");
        assertThat(page.locator("main#indhold").count())
                .as("<main id=\"indhold\">")
                .isEqualTo(1);
        String firstFocusable = (String) page.evaluate("""
                () => {
                  const focusable = 'a[href], button, input:not([type=hidden]), select, textarea, [tabindex]';
                  const first = [...document.querySelectorAll(focusable)]
                      .find(e => !e.disabled && e.getAttribute('tabindex') !== '-1');
                  if (!first) return 'none';
                  return first.tagName.toLowerCase() + '.' + [...first.classList].join('.')
                      + ' href=' + first.getAttribute('href');
                }
                """);
        assertThat(firstFocusable)
                .as("first focusable element (should be the skip link)")
                .startsWith("a.")
                .contains(".skip-link")
                .endsWith(" href=#indhold");
        assertAccessible();
    }

    private String bodyText() {
        return page.locator("body").innerText();
    }

    private Locator logoutButton() {
        return page.locator("header form[action$='/logout'] [type=submit]");
    }

    private Locator meetingLinks() {
        return page.locator("main a[href^='/offentlig/moeder/']");
    }
}
