package dk.punkt.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.punkt.committees.CommitteeService;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingState;
import dk.punkt.meetings.MeetingView;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** The public site and the logged-in meeting page over the demo data, through the real database. */
@SpringBootTest
@AutoConfigureMockMvc
class PublicSiteIT {

    private static final String CLOSED_TEXT = "Demoindhold: et lukket punkt";

    @Autowired
    MockMvc mvc;

    @Autowired
    CommitteeService committees;

    @Autowired
    MeetingService meetings;

    private MeetingView meetingOn(LocalDate date) {
        long chefforum = committees.findByName("Chefforum").orElseThrow().id();
        return meetings.findByCommittee(chefforum).stream()
                .filter(m -> m.date().equals(date))
                .findFirst()
                .orElseThrow();
    }

    private MeetingView meetingIn(MeetingState state) {
        long chefforum = committees.findByName("Chefforum").orElseThrow().id();
        return meetings.findByCommittee(chefforum).stream()
                .filter(m -> m.state() == state && m.date().isAfter(LocalDate.of(2026, 1, 1)))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anonymousVisitorsAreSentToThePublicSite() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/offentlig"));
    }

    @Test
    void publicStartPageListsCommitteesAndPublishedMeetings() throws Exception {
        mvc.perform(get("/offentlig"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chefforum")))
                .andExpect(content().string(containsString("/offentlig/moeder/")))
                .andExpect(content().string(containsString("href=\"/offentlig/abonnement\"")))
                .andExpect(content().string(containsString("lang=\"da\"")));
    }

    @Test
    void approvedMinutesShowTheCorpusAnatomy() throws Exception {
        MeetingView june = meetingOn(LocalDate.of(2024, 6, 6));
        assertThat(june.state()).isEqualTo(MeetingState.REFERAT_GODKENDT);

        mvc.perform(get("/offentlig/moeder/" + june.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("REFERAT</span> Chefforum d. 06-06-2024")))
                .andExpect(content().string(containsString("Torsdag d. 06. juni 2024 kl. 09:00")))
                .andExpect(content().string(containsString("Indholdsfortegnelse")))
                .andExpect(content().string(containsString("Punkt 1: CF – Godkendelse af dagsorden og referat")))
                .andExpect(content().string(containsString("Punkt 2: CF - Status på budget 2025")))
                .andExpect(content().string(containsString("00.30.00-P00-6-23")))
                .andExpect(content().string(containsString("Kommunaldirektøren indstiller,")))
                .andExpect(content().string(containsString("<h3>Beslutning</h3>")))
                .andExpect(content().string(containsString("9.50 - 9.55 (5)")));
    }

    @Test
    void thePublicSeesAClosedItemsNumberAndTitleButNotItsContent() throws Exception {
        MeetingView coming = meetingIn(MeetingState.DAGSORDEN_UDSENDT);

        mvc.perform(get("/offentlig/moeder/" + coming.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("DAGSORDEN</span> Chefforum")))
                .andExpect(content().string(containsString("CF - Personalesag (lukket punkt)")))
                .andExpect(content().string(containsString("Punktet er lukket")))
                .andExpect(content().string(not(containsString(CLOSED_TEXT))));
    }

    @Test
    void aMemberSeesTheClosedItemAndAnEmployeeDoesNot() throws Exception {
        MeetingView coming = meetingIn(MeetingState.DAGSORDEN_UDSENDT);

        mvc.perform(get("/moeder/" + coming.id()).with(user("medlem")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(CLOSED_TEXT)));
        mvc.perform(get("/moeder/" + coming.id()).with(user("medarbejder")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(CLOSED_TEXT))));
        // The public site stays public, even for a member.
        mvc.perform(get("/offentlig/moeder/" + coming.id()).with(user("medlem")))
                .andExpect(content().string(not(containsString(CLOSED_TEXT))));
    }

    @Test
    void aPlannedMeetingIsNotPublic() throws Exception {
        MeetingView planned = meetingIn(MeetingState.PLANLAGT);

        // MockMvc does not forward to the error page; PagesBrowserIT checks its Danish text.
        mvc.perform(get("/offentlig/moeder/" + planned.id())).andExpect(status().isNotFound());
    }

    @Test
    void unknownPagesGetTheDanishNotFoundPage() throws Exception {
        mvc.perform(get("/offentlig/moeder/999999")).andExpect(status().isNotFound());
        mvc.perform(get("/offentlig/udvalg/999999")).andExpect(status().isNotFound());
    }

    @Test
    void internalPagesNeedALogin() throws Exception {
        mvc.perform(get("/moeder/1")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aDemoUserLogsInWithTheFormAndSeesTheirCommittees() throws Exception {
        mvc.perform(post("/login")
                        .param("username", "sekretaer")
                        .param("password", "demo")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/login")
                        .param("username", "sekretaer")
                        .param("password", "forkert")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/").with(user("sekretaer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sara Holm")))
                .andExpect(content().string(containsString("Chefforum")));
    }

    @Test
    void theLoginPageListsTheDemoUsers() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("sekretaer")))
                .andExpect(content().string(containsString("medarbejder")));
    }

    @Test
    void healthIsUp() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"status\":\"UP\"")))
                .andExpect(content().string(containsString("\"db\"")));
    }
}
