package dk.punkt.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base class for browser tests: the whole app on a random port, one headless Chromium per test class, a fresh
 * browser context (Danish locale, no cookies) per test. A failing test leaves a screenshot in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserTestSupport.ScreenshotOnFailure.class)
public abstract class BrowserTestSupport {

    /** WCAG 2.1 level A and AA, the level Danish public web sites must meet. */
    public static final List<String> WCAG_21_AA_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        Path chromium = Paths.get(System.getProperty("punkt.test.chromium", "/usr/bin/chromium"));
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                .setHeadless(true)
                .setArgs(List.of(
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--disable-quic"));
        if (Files.isExecutable(chromium)) {
            playwright = Playwright.create();
            options.setExecutablePath(chromium);
        } else {
            // No system Chromium: let Playwright fetch and use its own, despite the build's skip-download setting.
            playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "0")));
        }
        browser = playwright.chromium().launch(options);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openBrowserContext() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("da-DK")
                .setTimezoneId("Europe/Copenhagen")
                .setViewportSize(1280, 900)
                .setBaseURL(baseUrl()));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closeBrowserContext() {
        if (context != null) {
            context.close();
            context = null;
            page = null;
        }
    }

    /** The app's root URL, e.g. {@code http://localhost:53211}. */
    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Navigates to a path of the app and returns the final response (after redirects). */
    protected Response open(String path) {
        return page.navigate(baseUrl() + path);
    }

    /** Logs in through the login form and waits until the browser has left the login page. */
    protected void logIn(String username, String password) {
        open("/login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("form:has(input[name=username]) [type=submit]").first().click();
        // The form posts to /login itself; wait until the browser lands elsewhere or back on /login?error.
        page.waitForURL(url -> !isLoginPage(url) || URI.create(url).getQuery() != null);
        assertThat(isLoginPage(page.url()))
                .as("still on the login page (%s) after logging in as '%s'", page.url(), username)
                .isFalse();
    }

    private static boolean isLoginPage(String url) {
        return "/login".equals(URI.create(url).getPath());
    }

    /** Runs axe-core (WCAG 2.1 AA) on the current page. */
    protected void assertAccessible() {
        assertAccessible(page);
    }

    /** Runs axe-core (WCAG 2.1 AA) on the page and fails with a readable list of every violation. */
    protected static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA_TAGS).analyze();
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError("axe found " + violations.size() + " accessibility violation(s) on " + page.url()
                    + ":\n" + describe(violations));
        }
    }

    static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " ("
                        + rule.getHelpUrl() + ")\n"
                        + rule.getNodes().stream()
                                .map(BrowserTestSupport::describe)
                                .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        String summary = node.getFailureSummary() == null
                ? ""
                : "\n      " + node.getFailureSummary().replace("\n", "\n      ");
        return "    at " + node.getTarget() + summary;
    }

    /** Saves a full-page screenshot of the current page as target/screenshots/{name}.png and returns its path. */
    protected Path screenshot(String name) {
        return screenshot(page, name);
    }

    static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** Keeps a picture of what the browser showed when a test failed, before the context is closed. */
    static final class ScreenshotOnFailure implements AfterTestExecutionCallback {
        @Override
        public void afterTestExecution(ExtensionContext extension) {
            if (extension.getExecutionException().isEmpty()) {
                return;
            }
            if (extension.getTestInstance().orElse(null) instanceof BrowserTestSupport test && test.page != null) {
                try {
                    screenshot(
                            test.page,
                            "FAILED-" + extension.getRequiredTestClass().getSimpleName() + "-"
                                    + extension.getRequiredTestMethod().getName());
                } catch (RuntimeException e) {
                    // The failure itself matters more than its picture.
                }
            }
        }
    }
}
