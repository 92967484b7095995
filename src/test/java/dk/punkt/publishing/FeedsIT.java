package dk.punkt.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.punkt.committees.CommitteeService;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingState;
import dk.punkt.meetings.MeetingView;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The committee's Atom feed and iCalendar, parsed as a feed reader and a calendar would. */
@SpringBootTest
@AutoConfigureMockMvc
class FeedsIT {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Autowired
    MockMvc mvc;

    @Autowired
    CommitteeService committees;

    @Autowired
    MeetingService meetings;

    private long chefforum() {
        return committees.findByName("Chefforum").orElseThrow().id();
    }

    private String fetch(String url, String type) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(type))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String child(Element parent, String name) {
        NodeList list = parent.getElementsByTagNameNS(ATOM, name);
        assertThat(list.getLength()).as(name + " in " + parent.getLocalName()).isPositive();
        return list.item(0).getTextContent();
    }

    @Test
    void theAtomFeedHasAnEntryPerPublishedAgendaAndApprovedMinutes() throws Exception {
        long id = chefforum();
        List<MeetingView> published = meetings.findPublishedByCommittee(id);
        long approved = published.stream()
                .filter(m -> m.state() == MeetingState.REFERAT_GODKENDT)
                .count();

        String xml = fetch("/offentlig/udvalg/" + id + "/feed.atom", "application/atom+xml");

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element feed = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        assertThat(dk.punkt.publishing.internal.FeedValidator.atom(xml)).isEmpty();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(child(feed, "title")).isEqualTo("Dagsordener og referater fra Chefforum");
        assertThat(child(feed, "id")).startsWith("http://localhost:8080/offentlig/udvalg/" + id);
        Instant.parse(child(feed, "updated"));

        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isEqualTo(published.size() + (int) approved);
        List<String> ids = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            ids.add(child(entry, "id"));
            titles.add(child(entry, "title"));
            Instant.parse(child(entry, "updated"));
            NodeList links = entry.getElementsByTagNameNS(ATOM, "link");
            boolean alternate = false;
            for (int l = 0; l < links.getLength(); l++) {
                Element link = (Element) links.item(l);
                if (link.getAttribute("rel").equals("alternate")) {
                    alternate = true;
                    assertThat(link.getAttribute("href")).startsWith("http://localhost:8080/offentlig/moeder/");
                }
            }
            assertThat(alternate).isTrue();
        }
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(titles).contains("Referat: Chefforum d. 06-06-2024", "Dagsorden: Chefforum d. 06-06-2024");
        assertThat(xml).doesNotContain("Demoindhold").doesNotContain("Personalesag");
    }

    @Test
    void theCalendarFollowsRfc5545() throws Exception {
        long id = chefforum();

        String ics = fetch("/offentlig/udvalg/" + id + "/kalender.ics", "text/calendar");

        assertThat(dk.punkt.publishing.internal.FeedValidator.iCalendar(ics)).isEmpty();
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        List<String> lines = List.of(unfolded.split("\r\n"));
        assertThat(lines)
                .contains("VERSION:2.0", "BEGIN:VTIMEZONE", "TZID:Europe/Copenhagen", "END:VTIMEZONE")
                .anyMatch(l -> l.startsWith("PRODID:"))
                .contains("DTSTART;TZID=Europe/Copenhagen:20240606T090000");
        int events = (int) lines.stream().filter("BEGIN:VEVENT"::equals).count();
        assertThat(events).isEqualTo(meetings.findByCommittee(id).size());
        for (String property : List.of("UID:", "DTSTAMP:", "DTSTART;TZID=Europe/Copenhagen:", "LOCATION:", "URL:")) {
            assertThat(lines.stream().filter(l -> l.startsWith(property)).count())
                    .as(property)
                    .isEqualTo(events);
        }
        assertThat(lines.stream().filter(l -> l.startsWith("UID:")).distinct().count())
                .isEqualTo(events);
        assertThat(lines).allMatch(l -> !l.startsWith("DTSTAMP:") || l.matches("DTSTAMP:\\d{8}T\\d{6}Z"));
        assertThat(unfolded).doesNotContain("Demoindhold");
    }

    @Test
    void theCommitteePageAndThePublicStartPageLinkTheFeeds() throws Exception {
        long id = chefforum();

        mvc.perform(get("/offentlig/udvalg/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<link rel=\"alternate\" type=\"application/atom+xml\"")))
                .andExpect(content().string(containsString("href=\"/offentlig/udvalg/" + id + "/feed.atom\"")))
                .andExpect(content().string(containsString("href=\"/offentlig/udvalg/" + id + "/kalender.ics\"")));
        mvc.perform(get("/offentlig"))
                .andExpect(content().string(containsString("href=\"/offentlig/udvalg/" + id + "/feed.atom\"")))
                .andExpect(content().string(containsString("href=\"/offentlig/udvalg/" + id + "/kalender.ics\"")));
        mvc.perform(get("/offentlig/udvalg/999999/feed.atom")).andExpect(status().isNotFound());
        mvc.perform(get("/offentlig/udvalg/999999/kalender.ics")).andExpect(status().isNotFound());
    }
}
