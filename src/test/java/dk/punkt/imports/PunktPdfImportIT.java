package dk.punkt.imports;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dk.punkt.committees.Audience;
import dk.punkt.committees.CommitteeService;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingView;
import dk.punkt.publishing.MeetingDocument;
import dk.punkt.publishing.MeetingDocumentService;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The PDF Punkt publishes, read back by the importer: a municipality that moves from another Punkt (or archives
 * its PDFs) gets the same meeting. Running header, footer, front page table and table of contents must not leak.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PunktPdfImportIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    CommitteeService committees;

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingDocumentService documents;

    private final MinutesTextParser parser = new MinutesTextParser();

    @Test
    void thePublishedMinutesPdfParsesToTheSameMeeting() throws Exception {
        long chefforum = committees.findByName("Chefforum").orElseThrow().id();
        for (LocalDate date : new LocalDate[] {LocalDate.of(2019, 10, 24), LocalDate.of(2024, 6, 6)}) {
            MeetingView meeting = meetings.findByCommittee(chefforum).stream()
                    .filter(m -> m.date().equals(date))
                    .findFirst()
                    .orElseThrow();
            byte[] pdf = mvc.perform(get("/offentlig/moeder/" + meeting.id() + "/dokument.pdf"))
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();

            MeetingDocument parsed = parser.parse("punkt-" + date + ".pdf", pdf);

            MeetingDocument stored =
                    documents.forMeeting(meeting.id(), Audience.PUBLIC).orElseThrow();
            CorpusParsingTest.assertSameFields(parsed, stored, "Punkt's PDF of " + date);
        }
    }
}
