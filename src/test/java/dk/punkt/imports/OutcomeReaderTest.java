package dk.punkt.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dk.punkt.minutes.Outcome;
import dk.punkt.publishing.MeetingDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutcomeReaderTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "<p>Chefforum godkendte dagsordenen til dette møde samt referat.</p>|GODKENDT",
                "<p>Indstillingen blev godkendt.</p>|GODKENDT",
                "<p>Chefforum tog orienteringen til efterretning.</p>|TAGET_TIL_EFTERRETNING",
                "<p>Chefforum drøftede status og aftaler.</p>|DRØFTET",
                "<p>Chefforum drøftede forslaget og godkendte det med en rettelse.</p>|GODKENDT",
                "<p>Punktet blev udsat til næste møde.</p>|UDSAT",
                "<p>Indstillingen blev ikke godkendt.</p>|IKKE_GODKENDT",
                "<p>Udvalget afviste forslaget.</p>|IKKE_GODKENDT",
                "<p>Punktet blev trukket af administrationen.</p>|TRUKKET",
            })
    void readsTheOutcomeFromTheWording(String html, Outcome expected) {
        assertThat(OutcomeReader.read(html)).isEqualTo(expected);
    }

    @Test
    void saysNothingWhenTheTextStatesNoOutcome() {
        assertThat(OutcomeReader.read("<p>Afdelingschefen præsenterede sit ledelsesgrundlag.</p>"))
                .isNull();
        assertThat(OutcomeReader.read(null)).isNull();
        assertThat(OutcomeReader.read("")).isNull();
    }

    @Test
    void everyDecisionOfTheCorpusGetsAnOutcomeOrNoneButNeverAWrongApproval() {
        for (String name : CorpusFiles.NAMES) {
            for (MeetingDocument.Item item : CorpusParsingTest.parse(name).items()) {
                if (item.decision() != null && item.decision().toLowerCase().contains("godkendte")) {
                    assertThat(item.outcome())
                            .as(name + " item " + item.number())
                            .isEqualTo(Outcome.GODKENDT);
                }
            }
        }
    }
}
