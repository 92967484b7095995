package dk.punkt.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.punkt.cases.InvalidCaseNumberException.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseNumberTest {

    /** Every case number in /work/shared/corpus (the real Chefforum minutes). */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "00.00.00-A00-17-18",
                "00.01.00-A00-28-24",
                "00.01.00-A00-32-24",
                "00.01.00-A00-9-24",
                "00.01.00-A21-9-18",
                "00.01.00-I00-2-19",
                "00.01.00-P22-3-23",
                "00.01.00-P35-7-23",
                "00.30.00-P00-6-23",
                "00.30.04-P05-1-25",
                "54.00.00-A00-1-24",
                "81.00.00-P22-1-24",
                "81.04.00-A26-5-24",
                "81.10.00-A26-1-24",
                "81.16.00-P23-1-16",
                "85.11.00-P20-24-24"
            })
    void corpusCaseNumbersParseAndRoundTrip(String text) {
        CaseNumber number = CaseNumber.parse(text);

        assertThat(number.toString()).isEqualTo(text);
        assertThat(CaseNumber.parse(number.toString())).isEqualTo(number);
        assertThat(CaseNumber.isValid(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"  00.01.00-p35-7-23 ", "00.01.00-P35-7-23\n"})
    void toleratesSpaceAndLowerCaseFacet(String text) {
        assertThat(CaseNumber.parse(text)).isEqualTo(new CaseNumber("00.01.00", "P35", 7, 23));
    }

    @ParameterizedTest
    @CsvSource({
        "0.01.00-P35-7-23,    SUBJECT, 0.01.00",
        "00.01-P35-7-23,      SUBJECT, 00.01",
        "00.01.00-35P-7-23,   FACET,   35P",
        "00.01.00-P3-7-23,    FACET,   P3",
        "00.01.00-P35-0-23,   SERIAL,  0",
        "00.01.00-P35-x-23,   SERIAL,  x",
        "00.01.00-P35-7-2022, YEAR,    2022",
        "00.01.00-P35-7-,     YEAR,    ''",
        "00.01.00-P35-7,      WHOLE,   00.01.00-P35-7",
        "00.01.00,            WHOLE,   00.01.00"
    })
    void badInputNamesTheBadPart(String text, Part part, String value) {
        assertThatThrownBy(() -> CaseNumber.parse(text)).isInstanceOfSatisfying(InvalidCaseNumberException.class, e -> {
            assertThat(e.part()).isEqualTo(part);
            assertThat(e.value()).isEqualTo(value);
            assertThat(e.getMessage()).contains("'" + value + "'").contains(part.expected());
        });
        assertThat(CaseNumber.isValid(text)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void blankOrNullIsRefusedAsAWhole(String text) {
        assertThatThrownBy(() -> CaseNumber.parse(text))
                .isInstanceOfSatisfying(
                        InvalidCaseNumberException.class,
                        e -> assertThat(e.part()).isEqualTo(Part.WHOLE));
    }

    @ParameterizedTest
    @CsvSource({"00.01.00-P35-7-23, 2023, 00", "81.16.00-P23-1-16, 2016, 81", "00.00.00-A00-17-99, 1999, 00"})
    void derivedParts(String text, int fullYear, String mainGroup) {
        CaseNumber number = CaseNumber.parse(text);
        assertThat(number.fullYear()).isEqualTo(fullYear);
        assertThat(number.mainGroup()).isEqualTo(mainGroup);
    }

    @Test
    void yearsBeforeTenKeepTwoDigits() {
        assertThat(CaseNumber.parse("00.01.00-A00-3-05").toString()).isEqualTo("00.01.00-A00-3-05");
        assertThat(CaseNumber.parse("00.01.00-A00-3-00").toString()).isEqualTo("00.01.00-A00-3-00");
        assertThat(CaseNumber.parse("00.01.00-A00-3-10").toString()).isEqualTo("00.01.00-A00-3-10");
    }
}
