package dk.punkt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import dk.punkt.testsupport.BrowserTestSupport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A secretary imports legacy minutes from the web: uploads two files (one good, one not minutes), sees the parsed
 * result beside the source with links to the source lines, confirms, and follows the import to the new meeting.
 */
class ImportUploadBrowserIT extends BrowserTestSupport {

    /** The 2019 corpus minutes moved to a date the demo does not have, so the import makes a new meeting. */
    private static byte[] minutes() throws IOException {
        try (InputStream in =
                ImportUploadBrowserIT.class.getResourceAsStream("/demo/corpus/chefforum-2019-10-24.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("24-10-2019", "24-10-2017")
                    .replace("24. oktober 2019", "24. oktober 2017");
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    @Test
    void secretaryUploadsChecksAndImports() throws IOException {
        logIn("sekretaer", "demo");
        open("/import");
        assertAccessible();

        page.getByLabel("Filer").setInputFiles(new FilePayload[] {
            new FilePayload("chefforum-2017.txt", "text/plain", minutes()),
            new FilePayload("indkoeb.txt", "text/plain", "Indkøbsliste\n\n- mælk\n".getBytes(StandardCharsets.UTF_8))
        });
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Vis hvad der bliver importeret"))
                .click();

        assertThat(page.locator("h1")).hasText("Kontrollér importen");
        String preview = page.locator("main").innerText();
        assertThat(preview)
                .contains("1 fil(er) kan importeres, 1 kan ikke læses")
                .contains("Punkt 1: CF - Godkendelse af dagsorden og referat")
                .contains("indkoeb.txt: line 1: expected a title");
        // What became item 1 links to the line it came from in the source.
        String itemLink =
                page.locator(".import-items > li > a.import-line").first().getAttribute("href");
        assertThat(page.locator(itemLink).innerText()).startsWith("Punkt 1:");
        assertAccessible();
        screenshot("import-forhaandsvisning");

        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Importér 1 fil(er)"))
                .click();

        assertThat(page.locator(".import-progress")).containsText("Importen er færdig: 1 importeret");
        assertAccessible();
        screenshot("import-faerdig");

        page.locator("#import-status a[href^='/moeder/']").click();
        assertThat(page.locator("main")).containsText("CF - Åben refleksion v. Anne-Mette");
        assertThat(page.locator("main")).containsText("24. oktober 2017");
    }

    @Test
    void aMemberCannotImport() {
        logIn("medlem", "demo");

        assertThat(open("/import").status()).isEqualTo(403);
    }
}
