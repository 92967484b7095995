package dk.punkt.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.punkt.committees.CommitteeKind;
import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.committees.MemberRole;
import dk.punkt.committees.NewCommittee;
import dk.punkt.committees.NewMember;
import dk.punkt.meetings.MeetingView.Attendee;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.web.servlet.MockMvc;

/** Planning meetings and series, moving and cancelling: through the service and through the pages. */
@SpringBootTest
@AutoConfigureMockMvc
class MeetingPlanningIT {

    @Autowired
    MeetingService meetings;

    @Autowired
    CommitteeService committees;

    @Autowired
    MockMvc mvc;

    @Autowired
    dk.punkt.accounts.AccountService accounts;

    private CommitteeView committee() {
        CommitteeView c = committees.create(new NewCommittee(
                "Planlægning " + UUID.randomUUID(),
                CommitteeKind.MANAGEMENT_FORUM,
                "915",
                LocalTime.of(9, 0),
                LocalTime.of(12, 0),
                List.of()));
        committees.addMember(c.id(), new NewMember("Henrik Harder", "Kommunaldirektør", MemberRole.CHAIR, null));
        return committees.find(c.id()).orElseThrow();
    }

    /** A committee whose secretary is the demo user "sekretaer", so it is on their meeting list. */
    private CommitteeView committeeOfTheSecretary() {
        CommitteeView c = committee();
        long secretary = accounts.findByUsername("sekretaer").orElseThrow().id();
        committees.addMember(c.id(), new NewMember("Sara Holm", "Udvalgssekretær", MemberRole.SECRETARY, secretary));
        return committees.find(c.id()).orElseThrow();
    }

    @Test
    void plansASeriesWithTheCommitteesDefaults() {
        CommitteeView c = committee();
        List<MeetingView> planned = meetings.planSeries(new NewMeetingSeries(
                c.id(), LocalDate.of(2027, 1, 4), DayOfWeek.THURSDAY, 2, null, 4, null, null, null, null));

        assertThat(planned)
                .extracting(MeetingView::date)
                .containsExactly(
                        LocalDate.of(2027, 1, 7),
                        LocalDate.of(2027, 1, 21),
                        LocalDate.of(2027, 2, 4),
                        LocalDate.of(2027, 2, 18));
        assertThat(planned).allSatisfy(m -> {
            assertThat(m.startTime()).isEqualTo(LocalTime.of(9, 0));
            assertThat(m.endTime()).isEqualTo(LocalTime.of(12, 0));
            assertThat(m.location()).isEqualTo("915");
            assertThat(m.participants()).containsExactly(new Attendee("Henrik Harder", "Kommunaldirektør"));
        });
        assertThat(meetings.findByCommittee(c.id())).hasSize(4);
    }

    @Test
    void aBadSeriesPlansNothing() {
        CommitteeView c = committee();
        assertThatThrownBy(() -> meetings.planSeries(new NewMeetingSeries(
                        c.id(),
                        LocalDate.of(2027, 1, 4),
                        DayOfWeek.THURSDAY,
                        2,
                        null,
                        2,
                        LocalTime.of(12, 0),
                        LocalTime.of(9, 0),
                        null,
                        null)))
                .hasMessageContaining("endTime");
        assertThat(meetings.findByCommittee(c.id())).isEmpty();
    }

    @Test
    void movesAndCancelsAMeetingCheckingTheVersion() {
        CommitteeView c = committee();
        MeetingView meeting =
                meetings.plan(new NewMeeting(c.id(), LocalDate.of(2027, 3, 4), null, null, null, null, null));

        MeetingView moved =
                meetings.move(meeting.id(), LocalDate.of(2027, 3, 11), LocalTime.of(10, 0), null, "Byrådssalen", null);
        assertThat(moved.date()).isEqualTo(LocalDate.of(2027, 3, 11));
        assertThat(moved.startTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(moved.endTime()).isNull();
        assertThat(moved.location()).isEqualTo("Byrådssalen");

        long stale = meeting.version();
        assertThatThrownBy(() -> meetings.cancel(meeting.id(), "For få", stale))
                .isInstanceOf(OptimisticLockingFailureException.class);

        MeetingView cancelled = meetings.cancel(meeting.id(), "For få deltagere", moved.version());
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.cancelReason()).isEqualTo("For få deltagere");
        assertThat(cancelled.state()).isEqualTo(MeetingState.PLANLAGT);
        assertThatThrownBy(() -> meetings.publishAgenda(meeting.id()))
                .isInstanceOf(MeetingStateException.class)
                .hasMessageContaining("cancelled");
        assertThatThrownBy(() -> meetings.move(meeting.id(), LocalDate.of(2027, 4, 1), null, null, null, null))
                .isInstanceOf(MeetingStateException.class);
        assertThatThrownBy(() -> meetings.cancel(meeting.id(), null, null)).isInstanceOf(MeetingStateException.class);
    }

    @Test
    void theSecretaryPlansASeriesOnThePageAndSeesItListed() throws Exception {
        CommitteeView c = committeeOfTheSecretary();
        mvc.perform(get("/moeder/ny").param("udvalg", String.valueOf(c.id())).with(user("sekretaer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Henrik Harder (Kommunaldirektør)")))
                .andExpect(content().string(containsString("value=\"09:00\"")));

        mvc.perform(post("/moeder/ny")
                        .with(user("sekretaer"))
                        .with(csrf())
                        .param("committeeId", String.valueOf(c.id()))
                        .param("series", "on")
                        .param("date", "2027-05-03")
                        .param("startTime", "09:00")
                        .param("endTime", "12:00")
                        .param("location", "915")
                        .param("participants", "Henrik Harder (Kommunaldirektør)\nMarie Andersen (Direktør)")
                        .param("weekday", "THURSDAY")
                        .param("intervalWeeks", "2")
                        .param("until", "2027-06-30")
                        .param("count", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/moeder"));

        List<MeetingView> planned = meetings.findByCommittee(c.id());
        assertThat(planned)
                .extracting(MeetingView::date)
                .containsExactlyInAnyOrder(
                        LocalDate.of(2027, 5, 6),
                        LocalDate.of(2027, 5, 20),
                        LocalDate.of(2027, 6, 3),
                        LocalDate.of(2027, 6, 17));
        assertThat(planned.get(0).participants())
                .containsExactly(
                        new Attendee("Henrik Harder", "Kommunaldirektør"), new Attendee("Marie Andersen", "Direktør"));

        mvc.perform(get("/moeder").with(user("sekretaer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(c.name())))
                .andExpect(content().string(containsString("Torsdag d. 06. maj 2027")))
                .andExpect(content().string(containsString("href=\"/udbakke\"")));
    }

    @Test
    void badInputIsShownNextToTheFieldAndNothingIsPlanned() throws Exception {
        CommitteeView c = committee();
        mvc.perform(post("/moeder/ny")
                        .with(user("sekretaer"))
                        .with(csrf())
                        .param("committeeId", String.valueOf(c.id()))
                        .param("series", "off")
                        .param("date", "3. maj")
                        .param("startTime", "09:00")
                        .param("endTime", "08:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("Skriv datoen som åååå-mm-dd")))
                .andExpect(content().string(containsString("Sluttiden skal ligge efter starttiden")));
        assertThat(meetings.findByCommittee(c.id())).isEmpty();
    }

    @Test
    void onlySecretariesAndAdminsPlan() throws Exception {
        CommitteeView c = committee();
        mvc.perform(get("/moeder/ny").param("udvalg", String.valueOf(c.id())).with(user("medlem")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/moeder/ny")
                        .with(user("medlem"))
                        .with(csrf())
                        .param("committeeId", String.valueOf(c.id()))
                        .param("date", "2027-05-03")
                        .param("startTime", "09:00"))
                .andExpect(status().isForbidden());
        assertThat(meetings.findByCommittee(c.id())).isEmpty();
    }

    @Test
    void movingAndCancellingOnThePages() throws Exception {
        CommitteeView c = committeeOfTheSecretary();
        MeetingView meeting =
                meetings.plan(new NewMeeting(c.id(), LocalDate.of(2027, 9, 2), null, null, null, null, null));
        mvc.perform(post("/moeder/" + meeting.id() + "/flyt")
                        .with(user("sekretaer"))
                        .with(csrf())
                        .param("date", "2027-09-09")
                        .param("startTime", "13:00")
                        .param("endTime", "15:00")
                        .param("location", "Lokale 2")
                        .param("version", String.valueOf(meeting.version())))
                .andExpect(redirectedUrl("/moeder"));
        MeetingView moved = meetings.find(meeting.id()).orElseThrow();
        assertThat(moved.date()).isEqualTo(LocalDate.of(2027, 9, 9));
        assertThat(moved.location()).isEqualTo("Lokale 2");

        // A stale page is refused with a clear message, and nothing changes.
        mvc.perform(post("/moeder/" + meeting.id() + "/aflys")
                        .with(user("sekretaer"))
                        .with(csrf())
                        .param("version", String.valueOf(meeting.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ændret af en anden")));
        assertThat(meetings.find(meeting.id()).orElseThrow().cancelled()).isFalse();

        mvc.perform(post("/moeder/" + meeting.id() + "/aflys")
                        .with(user("sekretaer"))
                        .with(csrf())
                        .param("reason", "Ingen punkter")
                        .param("version", String.valueOf(moved.version())))
                .andExpect(redirectedUrl("/moeder"));
        assertThat(meetings.find(meeting.id()).orElseThrow().cancelReason()).isEqualTo("Ingen punkter");
        mvc.perform(get("/moeder").with(user("sekretaer"))).andExpect(content().string(containsString("Aflyst")));
    }
}
