package dk.punkt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.punkt.accounts.AccountService;
import dk.punkt.accounts.NewAccount;
import dk.punkt.accounts.Role;
import dk.punkt.testsupport.BrowserTestSupport;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Search from the header: an anonymous visitor searches the public minutes, narrows by a facet and sorts by date; a
 * member finds the demo's closed item by its text. Every page visited is axe-clean.
 */
class SearchBrowserIT extends BrowserTestSupport {

    @Autowired
    AccountService accounts;

    @Test
    void anonymousVisitorSearchesFromTheHeaderAndNarrowsByYear() {
        open("/offentlig");
        page.locator("header input[type=search]").fill("forslag");
        page.locator("header form[role=search] button").click();
        page.waitForURL("**/offentlig/soeg?q=forslag");

        assertThat(page.locator(".search-count").innerText()).contains("fundet");
        assertThat(page.locator(".search-hit").count()).isPositive();
        assertThat(page.locator(".search-hit mark").count())
                .as("marked words in snippets")
                .isPositive();
        assertAccessible();
        screenshot("soeg-offentlig");

        page.locator(".search-facets a[href*='year=']").first().click();
        assertThat(page.locator(".search-active").innerText()).contains("År");
        page.locator(".search-sort a").click();
        assertThat(page.url()).contains("sort=date");
        assertAccessible();
        screenshot("soeg-offentlig-aar");

        page.locator(".search-hit a").first().click();
        assertThat(page.url()).contains("/offentlig/moeder/").contains("#punkt-");
    }

    @Test
    void theClosedItemsTextIsFoundByAMemberButNotAnonymously() {
        open("/offentlig/soeg?q=demoindhold");
        assertThat(page.locator(".search-count").innerText()).contains("Ingen");
        assertAccessible();

        logIn("medlem", "demo");
        page.locator("header input[type=search]").fill("demoindhold");
        page.locator("header form[role=search] button").click();
        page.waitForURL("**/soeg?q=demoindhold");
        assertThat(page.locator(".search-hit").count()).isEqualTo(1);
        assertThat(page.locator(".search-hit").innerText()).contains("Personalesag", "Demoindhold");
        assertAccessible();
        screenshot("soeg-medlem-lukket");
    }

    @Test
    void anAdministratorRebuildsTheIndexAndSeesItsProgress() {
        String admin = "soeg-admin-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewAccount(admin, "Søgeadministrator", "admin-secret", EnumSet.of(Role.ADMIN)));
        logIn(admin, "admin-secret");
        open("/soeg?q=budget");
        page.locator("a[href='/admin/soegning']").click();
        assertAccessible();
        page.locator("form[action='/admin/soegning/genindekser'] button").click();
        page.locator("#genindeksering").getByText("genopbygget").waitFor();
        assertThat(page.locator("#genindeksering").innerText()).contains("genopbygget");
        assertAccessible();
        screenshot("soeg-admin-genindeksering");
        assertThat(open("/soeg?q=budget").status()).isEqualTo(200);
        assertThat(page.locator(".search-hit").count()).isPositive();
    }

    @Test
    void aMemberMayNotRebuildTheIndex() {
        logIn("medlem", "demo");
        assertThat(open("/admin/soegning").status()).isEqualTo(403);
    }
}
