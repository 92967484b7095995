package dk.punkt.notifications.internal;

import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingView;
import dk.punkt.minutes.DraftMinutesSentForReview;
import dk.punkt.notifications.Outbox;
import dk.punkt.publishing.PublicLinks;
import dk.punkt.web.Formats;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Asks a committee's members (those with an e-mail address) for their comments when the secretary sends the draft
 * minutes for review; the message names the deadline and links the draft page where members comment per item.
 */
@Component
class DraftReviewNotifier {

    private final Outbox outbox;
    private final CommitteeService committees;
    private final MeetingService meetings;
    private final String base;

    DraftReviewNotifier(Outbox outbox, CommitteeService committees, MeetingService meetings, PublicLinks links) {
        this.outbox = outbox;
        this.committees = committees;
        this.meetings = meetings;
        this.base = links.base();
    }

    @Transactional
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(DraftMinutesSentForReview event) {
        MeetingView meeting = meetings.find(event.meetingId()).orElseThrow();
        CommitteeView committee = committees.find(event.committeeId()).orElseThrow();
        String subject = "Udkast til referat: " + committee.name() + " " + Formats.shortDate(meeting.date());
        String body = "Udkastet til referatet af mødet er sendt til kommentering.\n\n"
                + committee.name() + '\n'
                + "Mødedato: " + Formats.longDate(meeting.date()) + '\n'
                + "Frist for kommentarer: " + Formats.longDate(event.deadline()) + '\n'
                + "\nLæs udkastet og kommentér punkterne: " + base + "/moeder/" + meeting.id() + "/referat/udkast\n"
                + "\nDu får denne besked, fordi du er medlem af " + committee.name() + ".\n";
        for (CommitteeView.MemberView member : committee.members()) {
            if (member.email() != null) {
                outbox.queue(member.email(), subject, "Kære " + member.name() + "\n\n" + body, null);
            }
        }
    }
}
