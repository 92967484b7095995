package dk.punkt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dk.punkt.committees.CommitteeService;
import dk.punkt.items.ItemChanges;
import dk.punkt.items.ItemService;
import dk.punkt.items.ItemType;
import dk.punkt.items.ItemView;
import dk.punkt.items.NewItem;
import dk.punkt.items.SectionNames;
import dk.punkt.testsupport.BrowserTestSupport;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The form's refusals in Chromium: bad input comes back with an error summary and messages at the fields; a save
 * from a stale version shows who saved meanwhile and their text, keeps the user's own text, and the next save lands.
 */
class ItemConflictBrowserIT extends BrowserTestSupport {

    @Autowired
    ItemService items;

    @Autowired
    CommitteeService committees;

    @Test
    void badInputShowsTheErrorSummaryAndAStaleSaveShowsTheOtherVersion() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long committee = committees.findByName("Chefforum").orElseThrow().id();
        logIn("sagsbehandler", "demo");

        // Bad input: the form comes back with the summary and the field messages.
        open("/punkter/nyt?udvalg=" + committee);
        page.locator("#caseNumber").fill("00.01.00-X5-9-22");
        page.locator("#minutes").fill("et kvarter");
        page.locator("main button[type=submit]", new Page.LocatorOptions().setHasText("Opret punkt"))
                .click();
        page.waitForLoadState();
        assertThat(page.locator("#fejlopsummering").innerText())
                .contains("Skriv en titel", "Handlingsfacetten 'X5'", "et kvarter");
        assertThat(page.locator("#caseNumber").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible();
        screenshot("punkt-fejl");

        // A draft that two people edit.
        ItemView item = items.create(new NewItem(
                committee,
                null,
                "Samtidig redigering " + tag,
                null,
                ItemType.ORIENTERING,
                null,
                10,
                false,
                List.of(new ItemView.Section(SectionNames.RESUME, "<p>Oprindeligt resumé</p>")),
                null));
        open("/punkter/" + item.id() + "/rediger");
        page.waitForFunction(
                "() => window.tinymce && tinymce.get().length > 0" + " && tinymce.get().every(e => e.initialized)");
        page.locator("#title").fill("Min titel " + tag);

        // Meanwhile the secretary saves the item.
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("sekretaer", "demo", "ROLE_SECRETARY"));
        try {
            items.update(
                    item.id(),
                    item.version(),
                    new ItemChanges(
                            null,
                            "Sekretærens titel " + tag,
                            null,
                            ItemType.ORIENTERING,
                            null,
                            10,
                            false,
                            List.of(new ItemView.Section(SectionNames.RESUME, "<p>Sekretærens resumé</p>")),
                            null));
        } finally {
            SecurityContextHolder.clearContext();
        }

        page.locator("main button[type=submit]", new Page.LocatorOptions().setHasText("Gem ændringer"))
                .click();
        page.waitForLoadState();
        String conflict = page.locator(".items__conflict").innerText();
        assertThat(conflict)
                .contains("En anden har gemt punktet imens", "sekretaer gemte punktet", "Sekretærens resumé");
        assertThat(page.locator("#title").inputValue()).isEqualTo("Min titel " + tag);
        assertAccessible();
        screenshot("punkt-konflikt");
        page.setViewportSize(390, 844);
        screenshot("punkt-konflikt-390");
        page.setViewportSize(1280, 900);

        // Having seen the other version, the user saves again: it lands.
        page.locator("main button[type=submit]", new Page.LocatorOptions().setHasText("Gem ændringer"))
                .click();
        page.waitForURL("**/punkter/" + item.id() + "?gemt");
        assertThat(page.locator("h1").innerText()).isEqualTo("Min titel " + tag);
        assertAccessible();
    }
}
