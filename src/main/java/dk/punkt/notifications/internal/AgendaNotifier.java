package dk.punkt.notifications.internal;

import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.meetings.AgendaCorrected;
import dk.punkt.meetings.AgendaPublished;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingView;
import dk.punkt.meetings.SupplementaryAgendaPublished;
import dk.punkt.notifications.Outbox;
import dk.punkt.publishing.PublicLinks;
import dk.punkt.web.Formats;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells a committee's members (those with an e-mail address) that its agenda went out, was corrected or got a
 * supplement. The messages are queued in the publishing transaction, just before it commits: they exist exactly when
 * the agenda was published.
 */
@Component
class AgendaNotifier {

    private final Outbox outbox;
    private final CommitteeService committees;
    private final MeetingService meetings;
    private final String base;
    private final Clock clock;

    AgendaNotifier(
            Outbox outbox,
            CommitteeService committees,
            MeetingService meetings,
            PublicLinks links,
            ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.outbox = outbox;
        this.committees = committees;
        this.meetings = meetings;
        this.base = links.base();
    }

    @Transactional
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AgendaPublished event) {
        notify(event.meetingId(), "Dagsorden", "Dagsordenen til mødet er udsendt.", null);
    }

    @Transactional
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AgendaCorrected event) {
        notify(
                event.meetingId(),
                "Rettelse til dagsorden",
                "Dagsordenen til mødet er rettet og udsendt igen. Den tidligere udgave kan stadig læses.",
                event.reason());
    }

    @Transactional
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(SupplementaryAgendaPublished event) {
        notify(
                event.meetingId(),
                "Tillægsdagsorden",
                "Der er udsendt en tillægsdagsorden med " + event.itemIds().size()
                        + (event.itemIds().size() == 1 ? " nyt punkt." : " nye punkter."),
                null);
    }

    private void notify(long meetingId, String what, String lead, String reason) {
        MeetingView meeting = meetings.find(meetingId).orElseThrow();
        if (meeting.date().isBefore(LocalDate.now(clock))) {
            return; // an imported agenda of a past meeting is no news: importing history must not mail everyone
        }
        CommitteeView committee = committees.find(meeting.committeeId()).orElseThrow();
        String subject = what + ": " + committee.name() + " " + Formats.shortDate(meeting.date());
        StringBuilder body = new StringBuilder();
        body.append(lead).append("\n\n");
        body.append(committee.name()).append('\n');
        body.append("Mødedato: ")
                .append(Formats.longDate(meeting.date()))
                .append(" kl. ")
                .append(Formats.time(meeting.startTime()))
                .append('\n');
        if (meeting.location() != null) {
            body.append("Mødested: ").append(meeting.location()).append('\n');
        }
        if (reason != null) {
            body.append("Begrundelse for rettelsen: ").append(reason).append('\n');
        }
        body.append("\nLæs dagsordenen: ")
                .append(base)
                .append("/moeder/")
                .append(meetingId)
                .append('\n');
        body.append("\nDu får denne besked, fordi du er medlem af ")
                .append(committee.name())
                .append(".\n");
        for (CommitteeView.MemberView member : committee.members()) {
            if (member.email() != null) {
                outbox.queue(member.email(), subject, "Kære " + member.name() + "\n\n" + body, null);
            }
        }
    }
}
