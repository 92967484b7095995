package dk.punkt.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.punkt.committees.CommitteeService;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingState;
import dk.punkt.meetings.MeetingView;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Generated documents carry an ETag; a repeat request gets 304. Approved minutes can be corrected, so their current
 * address revalidates; each frozen version has its own address that anyone may cache for good.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentCachingIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    CommitteeService committees;

    @Autowired
    MeetingService meetings;

    private List<MeetingView> chefforum() {
        return meetings.findByCommittee(
                committees.findByName("Chefforum").orElseThrow().id());
    }

    @Test
    void approvedMinutesRevalidateAtTheCurrentAddressAndAreImmutableAsAVersion() throws Exception {
        MeetingView june = chefforum().stream()
                .filter(m -> m.date().equals(LocalDate.of(2024, 6, 6)))
                .findFirst()
                .orElseThrow();
        assertThat(june.state()).isEqualTo(MeetingState.REFERAT_GODKENDT);
        String url = "/offentlig/moeder/" + june.id() + "/dokument.pdf";

        var first = mvc.perform(get(url))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-cache")))
                .andExpect(header().string("Cache-Control", containsString("public")))
                .andReturn()
                .getResponse();
        assertThat(first.getHeader("Cache-Control")).doesNotContain("immutable");
        String etag = first.getHeader("ETag");
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        if (june.minutesApprovedAt() != null) {
            assertThat(first.getHeader("Last-Modified")).isNotBlank();
        }

        mvc.perform(get(url).header("If-None-Match", etag)).andExpect(status().isNotModified());
        mvc.perform(get(url.replace(".pdf", ".docx")).header("If-None-Match", etag))
                .andExpect(status().isOk());

        // The demo's approved minutes were frozen as versions when they were approved.
        mvc.perform(get("/offentlig/moeder/" + june.id() + "/versioner/2/dokument.pdf"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("immutable")))
                .andExpect(header().string("Cache-Control", containsString("public")));
    }

    @Test
    void agendasAreRevalidatedAndMemberVersionsArePrivate() throws Exception {
        MeetingView coming = chefforum().stream()
                .filter(m ->
                        m.state() == MeetingState.DAGSORDEN_UDSENDT && m.date().isAfter(LocalDate.of(2026, 1, 1)))
                .findFirst()
                .orElseThrow();
        String publicUrl = "/offentlig/moeder/" + coming.id() + "/dokument.pdf";

        String publicTag = mvc.perform(get(publicUrl))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-cache")))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        mvc.perform(get(publicUrl).header("If-None-Match", publicTag)).andExpect(status().isNotModified());

        String memberTag = mvc.perform(
                        get("/moeder/" + coming.id() + "/dokument.pdf").with(user("medlem")))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("private")))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        // The member's version has the closed item, so it is another document with another tag.
        assertThat(memberTag).isNotEqualTo(publicTag);
        String employeeTag = mvc.perform(
                        get("/moeder/" + coming.id() + "/dokument.pdf").with(user("medarbejder")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        assertThat(employeeTag).isEqualTo(publicTag);
    }
}
