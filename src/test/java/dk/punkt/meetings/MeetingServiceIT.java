package dk.punkt.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.punkt.committees.CommitteeKind;
import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.committees.MemberRole;
import dk.punkt.committees.NewCommittee;
import dk.punkt.committees.NewMember;
import dk.punkt.meetings.MeetingView.AgendaRow;
import dk.punkt.meetings.MeetingView.Attendee;
import dk.punkt.meetings.internal.Meeting;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@RecordApplicationEvents
class MeetingServiceIT {

    @Autowired
    MeetingService meetings;

    @Autowired
    CommitteeService committees;

    @Autowired
    ApplicationEvents events;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    private CommitteeView committee() {
        CommitteeView c = committees.create(new NewCommittee(
                "Chefforum " + UUID.randomUUID(),
                CommitteeKind.MANAGEMENT_FORUM,
                "Mødelokale 1",
                LocalTime.of(9, 0),
                LocalTime.of(12, 0),
                List.of()));
        committees.addMember(c.id(), new NewMember("Henrik Harder", "Kommunaldirektør", MemberRole.CHAIR, null));
        committees.addMember(c.id(), new NewMember("Marie Andersen", "Direktør", MemberRole.MEMBER, null));
        return committees.find(c.id()).orElseThrow();
    }

    private MeetingView planWithDefaults(CommitteeView c, LocalDate date) {
        return meetings.plan(new NewMeeting(c.id(), date, null, null, null, null, null));
    }

    @Test
    void plansWithTheCommitteesDefaults() {
        CommitteeView c = committee();
        MeetingView planned = planWithDefaults(c, LocalDate.of(2024, 6, 6));

        assertThat(planned.id()).isPositive();
        assertThat(planned.committeeId()).isEqualTo(c.id());
        assertThat(planned.state()).isEqualTo(MeetingState.PLANLAGT);
        assertThat(planned.startTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(planned.endTime()).isEqualTo(LocalTime.of(12, 0));
        assertThat(planned.location()).isEqualTo("Mødelokale 1");
        assertThat(planned.participants())
                .containsExactly(
                        new Attendee("Henrik Harder", "Kommunaldirektør"), new Attendee("Marie Andersen", "Direktør"));
        assertThat(planned.absent()).isEmpty();
        assertThat(meetings.find(planned.id())).contains(planned);
    }

    @Test
    void plansWithGivenValues() {
        CommitteeView c = committee();
        MeetingView planned = meetings.plan(new NewMeeting(
                c.id(),
                LocalDate.of(2024, 8, 15),
                LocalTime.of(13, 0),
                LocalTime.of(15, 30),
                "Byrådssalen",
                List.of(new Attendee("Henrik Harder", "Kommunaldirektør")),
                List.of(new Attendee("Rikke", "Direktør"))));

        assertThat(planned.startTime()).isEqualTo(LocalTime.of(13, 0));
        assertThat(planned.endTime()).isEqualTo(LocalTime.of(15, 30));
        assertThat(planned.location()).isEqualTo("Byrådssalen");
        assertThat(planned.participants()).containsExactly(new Attendee("Henrik Harder", "Kommunaldirektør"));
        assertThat(planned.absent()).containsExactly(new Attendee("Rikke", "Direktør"));
    }

    @Test
    void refusesUnknownCommitteeAndMissingDate() {
        assertThatThrownBy(() ->
                        meetings.plan(new NewMeeting(-42, LocalDate.of(2024, 6, 6), null, null, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown committee id: -42");
        CommitteeView c = committee();
        assertThatThrownBy(() -> meetings.plan(new NewMeeting(c.id(), null, null, null, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("date");
    }

    @Test
    void runsTheWholeLifecycleWithEventsVersionsAndHistory() {
        CommitteeView c = committee();
        MeetingView planned = planWithDefaults(c, LocalDate.of(2024, 6, 6));
        long id = planned.id();

        MeetingView withAgenda =
                meetings.setAgenda(id, List.of(AgendaRow.item(101), AgendaRow.pause(5), AgendaRow.item(102)));
        assertThat(withAgenda.agenda()).containsExactly(AgendaRow.item(101), AgendaRow.pause(5), AgendaRow.item(102));
        assertThat(withAgenda.version()).isGreaterThan(planned.version());

        MeetingView attendance = meetings.setAttendance(
                id, List.of(new Attendee("Henrik Harder", "Kommunaldirektør")), List.of(new Attendee("Marie", null)));
        assertThat(attendance.absent()).containsExactly(new Attendee("Marie", null));
        assertThat(attendance.version()).isGreaterThan(withAgenda.version());

        MeetingView published = meetings.publishAgenda(id);
        assertThat(published.state()).isEqualTo(MeetingState.DAGSORDEN_UDSENDT);
        assertThat(published.agendaPublishedAt()).isNotNull();
        assertThat(published.version()).isEqualTo(attendance.version() + 1);

        MeetingView held = meetings.markHeld(id);
        assertThat(held.state()).isEqualTo(MeetingState.AFHOLDT);
        assertThat(held.version()).isEqualTo(published.version() + 1);

        MeetingView approved = meetings.approveMinutes(id);
        assertThat(approved.state()).isEqualTo(MeetingState.REFERAT_GODKENDT);
        assertThat(approved.minutesApprovedAt()).isNotNull();
        assertThat(approved.version()).isEqualTo(held.version() + 1);
        assertThat(meetings.find(id)).contains(approved);

        assertThat(events.stream(AgendaPublished.class).filter(e -> e.meetingId() == id))
                .containsExactly(new AgendaPublished(id, c.id(), published.agendaPublishedAt()));
        assertThat(events.stream(MeetingHeld.class).filter(e -> e.meetingId() == id))
                .singleElement()
                .satisfies(e -> assertThat(e.committeeId()).isEqualTo(c.id()));
        assertThat(events.stream(MinutesApproved.class).filter(e -> e.meetingId() == id))
                .containsExactly(new MinutesApproved(id, c.id(), approved.minutesApprovedAt()));

        assertThatThrownBy(() -> meetings.setAgenda(id, List.of()))
                .isInstanceOf(MeetingStateException.class)
                .hasMessageContaining("REFERAT_GODKENDT");
        assertThat(meetings.find(id).orElseThrow().agenda()).hasSize(3);

        List<Number> revisions =
                transactions.execute(tx -> AuditReaderFactory.get(entityManager).getRevisions(Meeting.class, id));
        assertThat(revisions).hasSizeGreaterThanOrEqualTo(5); // plan, publish, held, approve (+ agenda/attendance)
        Meeting firstRevision = transactions.execute(tx -> {
            Meeting m = AuditReaderFactory.get(entityManager).find(Meeting.class, id, revisions.get(0));
            assertThat(m.getState()).isEqualTo(MeetingState.PLANLAGT);
            return m;
        });
        assertThat(firstRevision).isNotNull();
    }

    @Test
    void refusesAWrongTransitionAndKeepsTheState() {
        CommitteeView c = committee();
        long id = planWithDefaults(c, LocalDate.of(2024, 9, 1)).id();

        assertThatThrownBy(() -> meetings.markHeld(id))
                .isInstanceOfSatisfying(MeetingStateException.class, e -> {
                    assertThat(e.current()).isEqualTo(MeetingState.PLANLAGT);
                    assertThat(e.wanted()).isEqualTo(MeetingState.AFHOLDT);
                })
                .hasMessageContaining("PLANLAGT")
                .hasMessageContaining("AFHOLDT");
        assertThatThrownBy(() -> meetings.approveMinutes(id)).isInstanceOf(MeetingStateException.class);
        assertThat(meetings.find(id).orElseThrow().state()).isEqualTo(MeetingState.PLANLAGT);
        assertThat(events.stream(MeetingHeld.class).filter(e -> e.meetingId() == id))
                .isEmpty();
        assertThatThrownBy(() -> meetings.markHeld(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    @Test
    void refusesAnItemTwiceOnTheAgenda() {
        long id = planWithDefaults(committee(), LocalDate.of(2024, 9, 2)).id();
        assertThatThrownBy(() -> meetings.setAgenda(id, List.of(AgendaRow.item(5), AgendaRow.item(5))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Item 5");
    }

    @Test
    void findsByCommitteePublishedAndUpcoming() {
        CommitteeView c = committee();
        MeetingView june = planWithDefaults(c, LocalDate.of(2024, 6, 6));
        MeetingView may = planWithDefaults(c, LocalDate.of(2024, 5, 2));
        MeetingView august = planWithDefaults(c, LocalDate.of(2024, 8, 29));
        meetings.publishAgenda(june.id());
        meetings.publishAgenda(may.id());
        meetings.markHeld(may.id());

        assertThat(meetings.findByCommittee(c.id()))
                .extracting(MeetingView::id)
                .containsExactly(august.id(), june.id(), may.id());
        assertThat(meetings.findPublishedByCommittee(c.id()))
                .extracting(MeetingView::id)
                .containsExactly(june.id(), may.id());
        assertThat(meetings.findPublished(1000))
                .extracting(MeetingView::id)
                .contains(june.id(), may.id())
                .doesNotContain(august.id())
                .containsSubsequence(june.id(), may.id());
        assertThat(meetings.findPublished(1)).hasSize(1);
        assertThat(meetings.findUpcoming(List.of(c.id()), LocalDate.of(2024, 6, 1), 10))
                .extracting(MeetingView::id)
                .containsExactly(june.id(), august.id());
        assertThat(meetings.findUpcoming(List.of(c.id()), LocalDate.of(2024, 6, 1), 1))
                .extracting(MeetingView::id)
                .containsExactly(june.id());
        assertThat(meetings.findUpcoming(List.of(), LocalDate.of(2024, 6, 1), 10))
                .isEmpty();
    }
}
