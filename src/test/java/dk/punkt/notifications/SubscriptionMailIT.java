package dk.punkt.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
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
import dk.punkt.notifications.internal.OutboxSender;
import dk.punkt.publishing.PublicLinks;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Citizens' subscriptions end to end against a real SMTP server (GreenMail): subscribe through the public form,
 * the confirmation mail arrives, its link confirms, a published agenda reaches the subscriber with an unsubscribe
 * link and RFC 8058 List-Unsubscribe headers, a one-click POST (as a mail client sends it: no cookie, no CSRF token)
 * unsubscribes, and the next publication sends them nothing. Unconfirmed addresses get nothing; asking twice makes
 * one subscription.
 */
@SpringBootTest(properties = "punkt.outbox.interval=PT1H")
@AutoConfigureMockMvc
class SubscriptionMailIT {

    private static final Pattern LINK =
            Pattern.compile("https?://\\S+/offentlig/abonnement/(bekraeft|afmeld)/[A-Za-z0-9_-]{43}");

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestSmtp.register(registry, smtp);
    }

    @Autowired
    MockMvc mvc;

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
    OutboxSender sender;

    @Autowired
    SubscriptionService subscriptions;

    @Autowired
    PublicLinks links;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void subscribeConfirmReceiveAndUnsubscribeWithOneClick() throws Exception {
        AgendaFixtures fixtures = new AgendaFixtures(committees, meetings, items, accounts);
        CommitteeView committee = fixtures.committee("Abonnementsudvalg", null);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String citizen = "borger." + suffix + "@example.dk";
        String unconfirmed = "tavs." + suffix + "@example.dk";

        // Subscribe through the form (mixed case and spaces: the same mailbox), twice, plus one who never confirms.
        subscribeByForm(committee, "  Borger." + suffix + "@Example.DK ");
        subscribeByForm(committee, citizen);
        subscribeByForm(committee, unconfirmed);
        assertThat(jdbc.queryForObject(
                        "select count(*) from subscription where committee_id = ? and email = ?",
                        Integer.class,
                        committee.id(),
                        citizen))
                .as("one subscription for one address and committee")
                .isEqualTo(1);

        sender.sendDue();
        List<MimeMessage> confirmations = mailsTo(citizen);
        assertThat(confirmations)
                .as("one confirmation mail, not one per request")
                .hasSize(1);
        MimeMessage confirmation = confirmations.get(0);
        assertThat(confirmation.getSubject()).isEqualTo("Bekræft dit abonnement: " + committee.name());
        assertThat(confirmation.getHeader("List-Unsubscribe"))
                .as("not subscribed yet")
                .isNull();
        String confirmLink = link(body(confirmation), "bekraeft");
        assertThat(confirmLink).startsWith(links.base());
        assertThat(subscriptions.find(committee.id(), citizen)).hasValueSatisfying(s -> {
            assertThat(s.confirmed()).isFalse();
            assertThat(s.pendingAgendas()).isTrue();
        });

        // Follow the link: a page with a button (a GET changes nothing), then the POST confirms.
        String confirmPath = URI.create(confirmLink).getPath();
        mvc.perform(get(confirmPath))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Bekræft abonnement")));
        assertThat(subscriptions.find(committee.id(), citizen).orElseThrow().confirmed())
                .isFalse();
        mvc.perform(post(confirmPath)).andExpect(status().isForbidden()); // the page's form carries a CSRF token
        mvc.perform(post(confirmPath).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/offentlig/udvalg/" + committee.id() + "/abonnement/bekraeftet"));
        assertThat(subscriptions.find(committee.id(), citizen)).hasValueSatisfying(s -> {
            assertThat(s.confirmed()).isTrue();
            assertThat(s.agendas()).isTrue();
            assertThat(s.minutes()).isTrue();
        });
        mvc.perform(get(confirmPath)).andExpect(status().isNotFound()); // used

        // Publish an agenda with an open and a closed item.
        MeetingView meeting = fixtures.meeting(committee, LocalDate.now().plusDays(30));
        ItemView open = fixtures.approved(committee, "Budgetopfølgning", 15, false);
        ItemView closed = fixtures.approved(committee, "Fortrolig personsag " + suffix, 15, true);
        agendas.assemble(meeting.id(), List.of(AgendaRow.item(open.id()), AgendaRow.item(closed.id())), null);
        agendas.publishAgenda(meeting.id());
        sender.sendDue();

        List<MimeMessage> toCitizen = mailsTo(citizen);
        assertThat(toCitizen).hasSize(2);
        MimeMessage news = toCitizen.get(1);
        assertThat(news.getSubject()).startsWith("Dagsorden: " + committee.name() + " ");
        String text = body(news);
        assertThat(text)
                .contains(links.meeting(meeting.id()))
                .contains("Budgetopfølgning")
                .contains("Lukket punkt")
                .doesNotContain("Fortrolig personsag")
                .doesNotContain("Fortroligt");
        String unsubscribeLink = link(text, "afmeld");
        assertThat(news.getHeader("List-Unsubscribe")).containsExactly("<" + unsubscribeLink + ">");
        assertThat(news.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(mailsTo(unconfirmed)).as("only the confirmation mail").hasSize(1);

        // One click, as a mail client does it (RFC 8058): a POST with no cookie and no CSRF token.
        String unsubscribePath = URI.create(unsubscribeLink).getPath();
        mvc.perform(get(unsubscribePath))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(citizen)));
        mvc.perform(post(unsubscribePath)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Du er afmeldt")));
        assertThat(subscriptions.find(committee.id(), citizen)).isEmpty();
        mvc.perform(get(unsubscribePath)).andExpect(status().isNotFound());

        // The next publication sends them nothing.
        MeetingView next = fixtures.meeting(committee, LocalDate.now().plusDays(60));
        ItemView later = fixtures.approved(committee, "Næste punkt", 10, false);
        agendas.assemble(next.id(), List.of(AgendaRow.item(later.id())), null);
        agendas.publishAgenda(next.id());
        sender.sendDue();
        assertThat(mailsTo(citizen)).hasSize(2);
        assertThat(mailsTo(unconfirmed)).hasSize(1);
    }

    @Test
    void minutesSubscribersGetMinutesAndNotAgendas() throws Exception {
        AgendaFixtures fixtures = new AgendaFixtures(committees, meetings, items, accounts);
        CommitteeView committee = fixtures.committee("Referatudvalg", null);
        String reader = "referat." + UUID.randomUUID().toString().substring(0, 8) + "@example.dk";
        subscriptions.subscribe(new NewSubscription(committee.id(), reader, false, true));
        sender.sendDue();
        String confirmLink = link(body(mailsTo(reader).get(0)), "bekraeft");
        assertThat(subscriptions.confirm(confirmLink.substring(confirmLink.lastIndexOf('/') + 1)))
                .hasValueSatisfying(s -> assertThat(s.minutes()).isTrue());

        MeetingView meeting = fixtures.meeting(committee, LocalDate.now().plusDays(3));
        ItemView item = fixtures.approved(committee, "Status på budget", 15, false);
        agendas.assemble(meeting.id(), List.of(AgendaRow.item(item.id())), null);
        agendas.publishAgenda(meeting.id());
        meetings.markHeld(meeting.id());
        meetings.approveMinutes(meeting.id());
        sender.sendDue();

        List<MimeMessage> mails = mailsTo(reader);
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).getSubject()).startsWith("Referat: " + committee.name());
        assertThat(body(mails.get(1)))
                .contains("Referatet af mødet er godkendt")
                .contains(links.meeting(meeting.id()))
                .contains("Du får denne e-mail, fordi du abonnerer på referater fra " + committee.name());
    }

    @Test
    void expiredRequestsAreDeletedAndTheirLinksDoNotConfirm() throws Exception {
        CommitteeView committee =
                new AgendaFixtures(committees, meetings, items, accounts).committee("Udløbsudvalg", null);
        String late = "sen." + UUID.randomUUID().toString().substring(0, 8) + "@example.dk";
        subscriptions.subscribe(new NewSubscription(committee.id(), late, true, false));
        sender.sendDue();
        String link = link(body(mailsTo(late).get(0)), "bekraeft");
        jdbc.update(
                "update subscription set confirm_expires_at = confirm_expires_at - interval '8' day where email = ?",
                late);

        mvc.perform(get(URI.create(link).getPath())).andExpect(status().isNotFound());
        assertThat(subscriptions.confirm(link.substring(link.lastIndexOf('/') + 1)))
                .isEmpty();
        assertThat(subscriptions.removeExpired()).isPositive();
        assertThat(subscriptions.find(committee.id(), late)).isEmpty();
    }

    @Test
    void aCancelledMeetingIsANoticeWithoutTheInternalReason() throws Exception {
        AgendaFixtures fixtures = new AgendaFixtures(committees, meetings, items, accounts);
        CommitteeView committee = fixtures.committee("Aflysningsudvalg", null);
        String citizen = "aflys." + UUID.randomUUID().toString().substring(0, 8) + "@example.dk";
        subscriptions.subscribe(new NewSubscription(committee.id(), citizen, true, false));
        sender.sendDue();
        String link = link(body(mailsTo(citizen).get(0)), "bekraeft");
        subscriptions.confirm(link.substring(link.lastIndexOf('/') + 1)).orElseThrow();

        MeetingView meeting = fixtures.meeting(committee, LocalDate.now().plusDays(10));
        meetings.cancel(meeting.id(), "Formanden er syg", null);
        sender.sendDue();

        List<MimeMessage> mails = mailsTo(citizen);
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).getSubject()).startsWith("Aflyst møde: " + committee.name());
        assertThat(body(mails.get(1)))
                .contains("Mødet er aflyst.")
                .contains(links.committee(committee.id()))
                .doesNotContain("Formanden er syg");
        assertThat(mails.get(1).getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
    }

    @Test
    void badInputIsRefusedAtTheFieldAndUnknownCommitteesAreNotFound() throws Exception {
        CommitteeView committee = committees.findAll().get(0);
        mvc.perform(post("/offentlig/udvalg/" + committee.id() + "/abonnement")
                        .with(csrf())
                        .param("email", "ikke-en-adresse")
                        .param("agendas", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"email-fejl\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"fejl\"")));
        mvc.perform(post("/offentlig/udvalg/" + committee.id() + "/abonnement")
                        .with(csrf())
                        .param("email", "navn@example.dk"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"choices-fejl\"")));
        assertThat(subscriptions.find(committee.id(), "navn@example.dk")).isEmpty();
        mvc.perform(post("/offentlig/udvalg/" + committee.id() + "/abonnement")
                        .param("email", "navn@example.dk")
                        .param("agendas", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/offentlig/udvalg/987654321/abonnement")).andExpect(status().isNotFound());
        // Unsubscribing an unknown (or already used) link answers the same as a real one.
        mvc.perform(post("/offentlig/abonnement/afmeld/nonsense")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk());
        mvc.perform(get("/offentlig/abonnement/bekraeft/" + "A".repeat(43))).andExpect(status().isNotFound());
    }

    private void subscribeByForm(CommitteeView committee, String email) throws Exception {
        mvc.perform(post("/offentlig/udvalg/" + committee.id() + "/abonnement")
                        .with(csrf())
                        .param("email", email)
                        .param("agendas", "true")
                        .param("minutes", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/offentlig/udvalg/" + committee.id() + "/abonnement/sendt"));
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> TestSmtp.recipients(m).contains(address))
                .toList();
    }

    private static String body(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String link(String text, String kind) {
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(kind)) {
                return m.group();
            }
        }
        throw new AssertionError("no " + kind + " link in:\n" + text);
    }
}
