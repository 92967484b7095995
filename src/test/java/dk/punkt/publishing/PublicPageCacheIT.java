package dk.punkt.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.items.AppendixService;
import dk.punkt.items.ItemService;
import dk.punkt.items.ItemView;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingView;
import dk.punkt.minutes.DecisionService;
import dk.punkt.minutes.Outcome;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The public meeting page is kept for anonymous readers (same ETag, 304 on revalidation), never for a logged-in
 * reader, and a decision and the approval of the minutes show at once: their events evict it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicPageCacheIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    CommitteeService committees;

    @Autowired
    MeetingService meetings;

    @Autowired
    ItemService items;

    @Autowired
    AppendixService appendices;

    @Autowired
    DecisionService decisions;

    @Test
    void anonymousReadersShareOnePageUntilAnEventChangesIt() throws Exception {
        TestMeetings test = new TestMeetings(committees, meetings, items, appendices);
        CommitteeView committee = test.committee("Sidecacheudvalget", null);
        MeetingView meeting = test.plan(committee, LocalDate.of(2026, 10, 1));
        ItemView item = test.draft(committee, meeting, "Cykelstier langs åen", false, 1);
        test.publish(meeting, List.of(item));
        String url = "/offentlig/moeder/" + meeting.id();

        MvcResult first = read(url);
        String etag = first.getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        // An anonymous reader gets no session (a session cookie would also keep the page from being shared).
        assertThat(first.getRequest().getSession(false)).isNull();
        assertThat(first.getResponse().getHeader("Set-Cookie")).isNull();
        assertThat(html(first)).contains("Cykelstier langs åen").doesNotContain("Besluttet og godkendt");
        assertThat(read(url).getResponse().getHeader("ETag")).isEqualTo(etag);
        mvc.perform(get(url).header("If-None-Match", etag)).andExpect(status().isNotModified());

        // A logged-in reader gets their own page (name and logout form), and it is not kept for anyone else.
        MockHttpSession session =
                (MockHttpSession) mvc.perform(formLogin().user("medlem").password("demo"))
                        .andReturn()
                        .getRequest()
                        .getSession(false);
        // As a browser does: the session cookie comes back, so the server sees a requested session id.
        String member = mvc.perform(get(url).session(session).with(request -> {
                    request.setRequestedSessionId(session.getId());
                    return request;
                }))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(member).contains("/logout").contains("Cykelstier langs åen");
        assertThat(html(read(url))).doesNotContain("/logout");

        meetings.markHeld(meeting.id());
        decisions.record(item.id(), "<p>Besluttet og godkendt af udvalget.</p>", Outcome.GODKENDT);
        meetings.approveMinutes(meeting.id());

        MvcResult after = read(url);
        assertThat(html(after)).contains("Besluttet og godkendt af udvalget.");
        assertThat(after.getResponse().getHeader("ETag")).isNotEqualTo(etag);
    }

    private MvcResult read(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
    }

    private static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
