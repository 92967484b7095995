package dk.punkt.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.punkt.items.ItemState;
import dk.punkt.meetings.MeetingState;
import dk.punkt.notifications.internal.SubscriberMessages.Message;
import dk.punkt.notifications.internal.SubscriberMessages.Notice;
import dk.punkt.publishing.MeetingDocument;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriberMessagesTest {

    private static MeetingDocument.Item open(long id, int number, String title) {
        return new MeetingDocument.Item(
                id,
                number,
                title,
                null,
                null,
                null,
                null,
                false,
                ItemState.PÅ_DAGSORDEN,
                null,
                null,
                null,
                null,
                null,
                false,
                0);
    }

    private static final MeetingDocument DOCUMENT = new MeetingDocument(
            17L,
            "Chefforum",
            MeetingDocument.Kind.DAGSORDEN,
            MeetingState.DAGSORDEN_UDSENDT,
            LocalDate.of(2027, 8, 26),
            LocalTime.of(9, 0),
            "915",
            null,
            null,
            null,
            List.of(
                    open(1L, 1, "Godkendelse af dagsorden"),
                    MeetingDocument.Item.withheld(2L, 2, "Personalesag Hansen", "00.01.00-P35-9-22", null, null),
                    open(3L, 3, "Eventuelt")));

    @Test
    void agendaNoticeListsPublicItemsAndNeverAClosedTitle() {
        Message message =
                SubscriberMessages.meetingNotice(Notice.AGENDA, DOCUMENT, null, null, "https://x/offentlig/moeder/17");

        assertThat(message.subject()).isEqualTo("Dagsorden: Chefforum 26-08-2027");
        assertThat(message.body())
                .startsWith("Dagsordenen til mødet er udsendt.")
                .contains("Mødedato: Torsdag d. 26. august 2027 kl. 09:00")
                .contains("Mødested: 915")
                .contains("Punkt 1: Godkendelse af dagsorden")
                .contains("Punkt 2: Lukket punkt")
                .contains("Punkt 3: Eventuelt")
                .contains("Læs dagsordenen: https://x/offentlig/moeder/17")
                .doesNotContain("Personalesag")
                .doesNotContain("Hansen");
    }

    @Test
    void supplementListsOnlyItsItemsAndCorrectionsTheirReason() {
        Message supplement = SubscriberMessages.meetingNotice(Notice.SUPPLEMENT, DOCUMENT, null, List.of(3L), "L");
        assertThat(supplement.body()).contains("Nye punkter:").contains("Punkt 3: Eventuelt");
        assertThat(supplement.body()).doesNotContain("Punkt 1:");

        Message correction =
                SubscriberMessages.meetingNotice(Notice.MINUTES_CORRECTED, DOCUMENT, "Forkert dato", null, "L");
        assertThat(correction.subject()).startsWith("Rettelse til referat: ");
        assertThat(correction.body()).contains("Begrundelse: Forkert dato").contains("Læs referatet: L");
    }

    @Test
    void cancellationIsShort() {
        Message cancelled = SubscriberMessages.meetingNotice(Notice.CANCELLED, DOCUMENT, null, null, "C");
        assertThat(cancelled.subject()).isEqualTo("Aflyst møde: Chefforum 26-08-2027");
        assertThat(cancelled.body()).startsWith("Mødet er aflyst.").doesNotContain("Punkt");
    }

    @Test
    void footerSaysWhyAndHowToLeave() {
        assertThat(SubscriberMessages.footer("Chefforum", true, false, "U"))
                .contains("abonnerer på dagsordener fra Chefforum")
                .contains("Afmeld abonnementet: U");
        assertThat(SubscriberMessages.footer("Chefforum", true, true, "U")).contains("dagsordener og referater");
    }

    @Test
    void confirmationCarriesTheLinkAndItsLastDay() {
        Message m =
                SubscriberMessages.confirmation("Chefforum", false, true, "https://x/c", LocalDate.of(2026, 11, 30));
        assertThat(m.subject()).isEqualTo("Bekræft dit abonnement: Chefforum");
        assertThat(m.body())
                .contains("referater fra Chefforum")
                .contains("https://x/c")
                .contains("30. november 2026");
    }
}
