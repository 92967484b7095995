package dk.punkt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import dk.punkt.testsupport.BrowserTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An item's way through the approval workflow in Chromium: the author writes it with the editor and a clause,
 * attaches a PDF and submits; the recommender returns it with a comment; the author sees the comment, edits and
 * resubmits; the recommender approves; the history shows every step. axe on every page, the editor included.
 */
class ItemWorkflowBrowserIT extends BrowserTestSupport {

    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void authorWritesRecommenderReturnsAuthorMendsRecommenderApproves() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String title = "Budgetopfølgning " + tag;

        // The author writes the item.
        logIn("sagsbehandler", "demo");
        open("/punkter");
        assertAccessible();
        screenshot("punkter-forfatter");
        page.locator("main a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Nyt punkt til Chefforum"))
                .first()
                .click();
        waitForEditors();
        assertAccessible();
        screenshot("punkt-nyt-tomt");

        page.locator("#title").fill(title);
        page.locator("#caseNumber").fill("00.30.00-A00-1-24");
        page.locator("#type").selectOption("BESLUTNING");
        page.locator("#responsible").fill("Henrik");
        page.locator("#minutes").fill("20");
        typeInEditor("afsnit-0", "Budgettet skal følges op " + tag);
        page.locator("#recommendedBy").fill("Kommunaldirektøren");
        page.locator("#at-0").fill("at budgetopfølgningen godkendes");
        page.locator("[data-add-clause]").click();
        page.locator("#at-1").fill("at sagen følges op i august");
        screenshot("punkt-nyt-udfyldt");
        page.locator(
                        "main button[type=submit]",
                        new com.microsoft.playwright.Page.LocatorOptions().setHasText("Opret punkt"))
                .click();
        page.waitForURL(url -> url.matches(".*/punkter/\\d+\\?gemt$"));
        String itemPath = page.url().replaceAll("^https?://[^/]+(/punkter/\\d+).*$", "$1");
        assertThat(main())
                .contains(
                        title,
                        "Budgettet skal følges op " + tag,
                        "at budgetopfølgningen godkendes",
                        "at sagen følges op i august",
                        "Kladde");
        assertAccessible();

        // A PDF appendix.
        page.locator("#fil").setInputFiles(new FilePayload("Bilag 1 Budget.pdf", "application/pdf", PDF));
        page.locator("button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Tilføj bilag"))
                .click();
        page.waitForURL("**" + itemPath + "*");
        assertThat(page.locator(
                                "#bilag a",
                                new com.microsoft.playwright.Page.LocatorOptions().setHasText("Bilag 1 Budget.pdf"))
                        .count())
                .isEqualTo(1);
        assertAccessible();
        screenshot("punkt-kladde-med-bilag");

        clickButton("Send til godkendelse");
        assertThat(main()).contains("Punktet er sendt til godkendelse", "Til godkendelse");
        assertAccessible();
        logOut();

        // The recommender returns it with a comment.
        logIn("indstiller", "demo");
        open("/punkter");
        assertThat(main()).contains("Afventer din godkendelse", title);
        assertAccessible();
        page.locator("main a", new com.microsoft.playwright.Page.LocatorOptions().setHasText(title))
                .first()
                .click();
        page.waitForURL("**" + itemPath);
        assertAccessible();
        screenshot("punkt-til-godkendelse-indstiller");
        page.locator("#kommentar").fill("Uddyb økonomien for 2025 " + tag);
        clickButton("Send retur");
        assertThat(main()).contains("Punktet er sendt retur til forfatteren", "Kladde");
        logOut();

        // The author sees the comment, edits and resubmits.
        logIn("sagsbehandler", "demo");
        open("/punkter");
        assertThat(main()).contains("Uddyb økonomien for 2025 " + tag);
        assertAccessible();
        screenshot("punkter-forfatter-retur");
        open(itemPath);
        assertThat(main()).contains("Uddyb økonomien for 2025 " + tag);
        page.locator("main a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Rediger"))
                .first()
                .click();
        waitForEditors();
        assertAccessible();
        typeInEditor("afsnit-3", "Økonomien er uddybet " + tag);
        page.setViewportSize(390, 844);
        screenshot("punkt-rediger-390");
        page.setViewportSize(1280, 900);
        clickButton("Gem ændringer");
        page.waitForURL("**" + itemPath + "?gemt");
        assertThat(main()).contains("Økonomien er uddybet " + tag, "Punktet er gemt");
        clickButton("Send til godkendelse");
        assertThat(main()).contains("Til godkendelse");
        logOut();

        // The recommender approves; the history shows every step with who and when.
        logIn("indstiller", "demo");
        open(itemPath);
        clickButton("Godkend");
        assertThat(main()).contains("Punktet er godkendt");
        String history = page.locator(".items__history").innerText();
        assertThat(history)
                .contains("Oprettet", "Bilag tilføjet", "Sendt til godkendelse", "Sendt retur", "Redigeret", "Godkendt")
                .contains("af sagsbehandler", "af indstiller");
        assertAccessible();
        screenshot("punkt-godkendt");
        page.setViewportSize(390, 844);
        screenshot("punkt-godkendt-390");
    }

    private String main() {
        return page.locator("main").innerText();
    }

    private void clickButton(String text) {
        page.locator("main button", new com.microsoft.playwright.Page.LocatorOptions().setHasText(text))
                .first()
                .click();
        page.waitForLoadState();
    }

    private void logOut() {
        page.locator("form[action='/logout'] button").click();
        page.waitForLoadState();
        context.clearCookies();
    }

    /** TinyMCE replaces each section's textarea with an editor in an iframe once loaded. */
    private void waitForEditors() {
        page.locator(".tox-tinymce").first().waitFor();
        page.waitForFunction(
                "() => window.tinymce && tinymce.get().length > 0" + " && tinymce.get().every(e => e.initialized)");
    }

    private void typeInEditor(String textareaId, String text) {
        FrameLocator frame = page.frameLocator("#" + textareaId + "_ifr");
        Locator body = frame.locator("body");
        body.click();
        page.keyboard().press("Control+End");
        page.keyboard().type(text);
    }
}
