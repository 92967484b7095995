package dk.punkt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dk.punkt.accounts.AccountService;
import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.items.AgendaFixtures;
import dk.punkt.items.AgendaService;
import dk.punkt.items.ItemService;
import dk.punkt.items.ItemView;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingView;
import dk.punkt.meetings.MeetingView.AgendaRow;
import dk.punkt.notifications.Outbox;
import dk.punkt.notifications.OutboxMessageView;
import dk.punkt.notifications.SubscriptionService;
import dk.punkt.testsupport.BrowserTestSupport;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A citizen subscribes in Chromium: the committee list, the form (refused input shows the summary and the message at
 * the field), the answer page, the confirmation page from the mailed link, and the unsubscribe page from a message's
 * link; axe (WCAG 2.1 AA) on every page.
 */
class SubscriptionBrowserIT extends BrowserTestSupport {

    private static final Pattern LINK =
            Pattern.compile("https?://\\S+(/offentlig/abonnement/(bekraeft|afmeld)/[A-Za-z0-9_-]{43})");

    @Autowired
    CommitteeService committees;

    @Autowired
    MeetingService meetings;

    @Autowired
    ItemService items;

    @Autowired
    AgendaService agendas;

    @Autowired
    AccountService accounts;

    @Autowired
    Outbox outbox;

    @Autowired
    SubscriptionService subscriptions;

    @Test
    void citizenSubscribesConfirmsAndUnsubscribes() {
        AgendaFixtures fixtures = new AgendaFixtures(committees, meetings, items, accounts);
        CommitteeView committee = fixtures.committee("Borgerudvalget", null);
        String email = "borger." + UUID.randomUUID().toString().substring(0, 8) + "@example.dk";

        Response list = open("/offentlig/abonnement");
        assertThat(list.status()).isEqualTo(200);
        assertAccessible();
        screenshot("subscription-1-committees");

        page.getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Abonnér på " + committee.name()))
                .click();
        page.waitForURL("**/offentlig/udvalg/" + committee.id() + "/abonnement");
        assertThat(page.locator("h1").innerText()).isEqualTo("Abonnér på " + committee.name());
        assertAccessible();
        screenshot("subscription-2-form");

        // Nothing chosen and a bad address: the summary names both, each field carries its message.
        page.getByLabel("E-mailadresse").fill("ikke en adresse");
        page.getByLabel("Dagsordener").uncheck();
        page.getByLabel("Referater").uncheck();
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Abonnér"))
                .click();
        page.waitForLoadState();
        Locator summary = page.locator("#fejl");
        assertThat(summary.isVisible()).isTrue();
        assertThat(summary.innerText()).contains("gyldig e-mailadresse").contains("Vælg dagsordener");
        page.waitForFunction("document.activeElement && document.activeElement.id === 'fejl'");
        Locator field = page.locator("#email");
        assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field.getAttribute("aria-describedby")).contains("email-fejl");
        assertThat(page.locator("fieldset").getAttribute("aria-describedby")).isEqualTo("choices-fejl");
        assertThat(field.inputValue()).isEqualTo("ikke en adresse");
        assertThat(page.title()).startsWith("Fejl:");
        assertAccessible();
        screenshot("subscription-3-errors");

        field.fill(email);
        page.getByLabel("Dagsordener").check();
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Abonnér"))
                .click();
        page.waitForURL("**/abonnement/sendt");
        assertThat(page.locator("main").innerText()).contains("Tjek din e-mail").contains(committee.name());
        assertAccessible();
        screenshot("subscription-4-sent");

        // The link from the confirmation mail (queued in the outbox).
        open(linkIn(outbox.findByRecipient(email), "bekraeft"));
        assertThat(page.locator("main").innerText()).contains(email).contains("dagsordener fra " + committee.name());
        assertAccessible();
        screenshot("subscription-5-confirm");
        page.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Bekræft abonnement"))
                .click();
        page.waitForURL("**/abonnement/bekraeftet");
        assertThat(page.locator("h1").innerText()).isEqualTo("Dit abonnement er bekræftet");
        assertAccessible();
        screenshot("subscription-6-confirmed");
        assertThat(subscriptions.find(committee.id(), email)).hasValueSatisfying(s -> {
            assertThat(s.agendas()).isTrue();
            assertThat(s.minutes()).isFalse();
        });

        // A published agenda brings a message with the unsubscribe link.
        MeetingView meeting = fixtures.meeting(committee, LocalDate.now().plusDays(14));
        ItemView item = fixtures.approved(committee, "Trafikplan", 20, false);
        agendas.assemble(meeting.id(), List.of(AgendaRow.item(item.id())), null);
        agendas.publishAgenda(meeting.id());
        List<OutboxMessageView> messages = outbox.findByRecipient(email);
        assertThat(messages).hasSize(2);
        open(linkIn(messages.subList(1, 2), "afmeld"));
        assertThat(page.locator("main").innerText()).contains(email);
        assertAccessible();
        screenshot("subscription-7-unsubscribe");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Afmeld"))
                .click();
        page.waitForURL("**/offentlig/abonnement/afmeldt");
        assertThat(page.locator("h1").innerText()).isEqualTo("Du er afmeldt");
        assertAccessible();
        screenshot("subscription-8-unsubscribed");
        assertThat(subscriptions.find(committee.id(), email)).isEmpty();

        // The used confirmation link now explains itself.
        Response used = open(linkIn(messages.subList(0, 1), "bekraeft"));
        assertThat(used.status()).isEqualTo(404);
        assertThat(page.locator("h1").innerText()).isEqualTo("Linket virker ikke");
        assertAccessible();
        screenshot("subscription-9-invalid-link");
    }

    private static String linkIn(List<OutboxMessageView> messages, String kind) {
        for (OutboxMessageView message : messages) {
            Matcher m = LINK.matcher(message.body());
            while (m.find()) {
                if (m.group(2).equals(kind)) {
                    return URI.create(m.group()).getPath();
                }
            }
        }
        throw new AssertionError("no " + kind + " link in " + messages);
    }
}
