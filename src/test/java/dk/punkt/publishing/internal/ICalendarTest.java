package dk.punkt.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** RFC 5545 content lines: folded at 75 octets without splitting a UTF-8 character, TEXT escaped. */
class ICalendarTest {

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingDanishLetters() {
        String value = "LOCATION:" + "Mødelokale på Rådhuset, æ ø å ".repeat(10);
        StringBuilder out = new StringBuilder();

        ICalendar.line(out, value);

        String folded = out.toString();
        assertThat(folded).endsWith("\r\n");
        String[] lines = folded.substring(0, folded.length() - 2).split("\r\n", -1);
        assertThat(lines.length).isGreaterThan(3);
        for (int i = 0; i < lines.length; i++) {
            assertThat(lines[i].getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            if (i > 0) {
                assertThat(lines[i]).startsWith(" ");
            }
        }
        // Unfolding (CRLF + one space removed) gives the line back.
        assertThat(folded.replace("\r\n ", "")).isEqualTo(value + "\r\n");
    }

    @Test
    void shortLinesStayWhole() {
        StringBuilder out = new StringBuilder();
        ICalendar.line(out, "VERSION:2.0");
        assertThat(out.toString()).isEqualTo("VERSION:2.0\r\n");
    }

    @Test
    void textValuesEscapeCommasSemicolonsBackslashesAndNewlines() {
        assertThat(ICalendar.text("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
    }
}
