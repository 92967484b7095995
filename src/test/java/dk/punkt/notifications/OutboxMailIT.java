package dk.punkt.notifications;

import static org.assertj.core.api.Assertions.assertThat;

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
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With spring.mail.host set, the outbox sends its messages by SMTP: here to a real SMTP server (GreenMail). */
@SpringBootTest(properties = "punkt.outbox.interval=PT1H")
class OutboxMailIT {

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestSmtp.register(registry, smtp);
    }

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
    OutboxSender sender;

    @Autowired
    dk.punkt.minutes.MinutesReviewService reviews;

    @Test
    void membersGetThePublishedAgendaBySmtp() throws Exception {
        AgendaFixtures fixtures = new AgendaFixtures(committees, meetings, items, accounts);
        String email = "medlem." + UUID.randomUUID().toString().substring(0, 8) + "@punkt.example";
        CommitteeView committee = fixtures.committee("Mailforum", email);
        MeetingView meeting = fixtures.meeting(committee, LocalDate.of(2027, 8, 26));
        ItemView item = fixtures.approved(committee, "Budget", 15, false);
        agendas.assemble(meeting.id(), List.of(AgendaRow.item(item.id())), null);

        agendas.publishAgenda(meeting.id());

        assertThat(sender.enabled()).isTrue();
        assertThat(outbox.findByRecipient(email))
                .singleElement()
                .satisfies(m -> assertThat(m.sent()).isFalse());
        assertThat(sender.sendDue()).isPositive();

        MimeMessage[] received = smtp.getReceivedMessages();
        MimeMessage mail = Arrays.stream(received)
                .filter(m -> TestSmtp.recipients(m).contains(email))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no message to " + email + " among " + received.length));
        assertThat(mail.getSubject()).isEqualTo("Dagsorden: " + committee.name() + " 26-08-2027");
        String body = (String) mail.getContent();
        assertThat(body).contains("Kære Marie Aas").contains("/moeder/" + meeting.id());
        assertThat(outbox.findByRecipient(email)).singleElement().satisfies(m -> {
            assertThat(m.sent()).isTrue();
            assertThat(m.attempts()).isEqualTo(1);
        });

        // Sent messages are not sent again.
        int before = smtp.getReceivedMessages().length;
        sender.sendDue();
        assertThat(smtp.getReceivedMessages()).hasSize(before);
    }

    @Test
    void membersAreAskedForCommentsOnTheDraftMinutes() {
        AgendaFixtures fixtures = new AgendaFixtures(committees, meetings, items, accounts);
        String email = "udkast." + UUID.randomUUID().toString().substring(0, 8) + "@punkt.example";
        CommitteeView committee = fixtures.committee("Udkastforum", email);
        MeetingView meeting = fixtures.meeting(committee, LocalDate.now().plusDays(1));
        ItemView item = fixtures.approved(committee, "Budget", 15, false);
        agendas.assemble(meeting.id(), List.of(AgendaRow.item(item.id())), null);
        agendas.publishAgenda(meeting.id());
        meetings.markHeld(meeting.id());
        LocalDate deadline = LocalDate.now().plusDays(7);

        reviews.send(meeting.id(), deadline);

        assertThat(outbox.findByRecipient(email))
                .filteredOn(m -> m.subject().startsWith("Udkast til referat: " + committee.name()))
                .singleElement()
                .satisfies(m -> assertThat(m.body())
                        .contains("Kære Marie Aas")
                        .contains("Frist for kommentarer: " + dk.punkt.web.Formats.longDate(deadline))
                        .contains("/moeder/" + meeting.id() + "/referat/udkast"));
    }
}
