package dk.punkt.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import dk.punkt.meetings.MeetingState;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Download names are the same wherever they are given: the document's headers and OParl's {@code fileName}. */
class MeetingDocumentFileNameTest {

    private static MeetingDocument minutesOf(String committee) {
        return new MeetingDocument(
                7L,
                committee,
                MeetingDocument.Kind.REFERAT,
                MeetingState.REFERAT_GODKENDT,
                LocalDate.of(2024, 6, 6),
                LocalTime.of(9, 0),
                "915",
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    @Test
    void theNameIsTheKindTheCommitteeInAsciiAndTheDate() {
        MeetingDocument minutes = minutesOf("Chefforum");
        assertThat(minutes.fileName(minutes.kind(), "", "pdf")).isEqualTo("referat-chefforum-2024-06-06.pdf");
        assertThat(minutes.fileName(minutes.kind(), "-samlet", "pdf"))
                .isEqualTo("referat-chefforum-2024-06-06-samlet.pdf");
        assertThat(minutes.fileName(MeetingDocument.Kind.DAGSORDEN, "", "docx"))
                .isEqualTo("dagsorden-chefforum-2024-06-06.docx");
    }

    @Test
    void danishLettersAreSpelledOutAndOtherSignsBecomeOneDash() {
        assertThat(minutesOf("Børne- og Ældreudvalget (Århus)").fileName(MeetingDocument.Kind.REFERAT, "", "pdf"))
                .isEqualTo("referat-boerne-og-aeldreudvalget-aarhus-2024-06-06.pdf");
    }
}
