package dk.punkt.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.punkt.committees.CommitteeKind;
import dk.punkt.committees.CommitteeView;
import dk.punkt.meetings.MeetingState;
import dk.punkt.meetings.MeetingView;
import dk.punkt.publishing.DocumentVersionView;
import dk.punkt.publishing.PublicLinks;
import dk.punkt.publishing.VersionKind;
import java.lang.reflect.Constructor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Atom feed (RFC 4287) and the iCalendar (RFC 5545) checked rule by rule by {@link FeedValidator}, over meetings
 * in every state: published, approved with a corrected minutes, cancelled before and after the agenda went out.
 */
class FeedValidationTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");

    private final CommitteeView committee = new CommitteeView(
            7,
            "Børne-, Unge- og Kulturudvalget; Ærø & Æbelø <særudvalg>",
            CommitteeKind.POLITICAL,
            "Rådhuset",
            LocalTime.of(9, 0),
            null,
            List.of(),
            List.of(),
            0);

    private final PublicLinks links = links("https://dagsordener.example.dk/");

    private static PublicLinks links(String base) {
        try {
            Constructor<PublicLinks> constructor = PublicLinks.class.getDeclaredConstructor(String.class);
            constructor.setAccessible(true);
            return constructor.newInstance(base);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MeetingView meeting(
            long id, LocalDate date, MeetingState state, Instant cancelledAt, String reason, long version) {
        return new MeetingView(
                id,
                7,
                date,
                LocalTime.of(14, 30),
                LocalTime.of(16, 0),
                "Byrådssalen, Rådhuset, 1. sal; indgang fra Torvet, med en meget lang beskrivelse af vejen derhen",
                state,
                List.of(),
                List.of(),
                List.of(),
                state.isPublished() ? date.minusDays(7).atStartOfDay().toInstant(java.time.ZoneOffset.UTC) : null,
                state == MeetingState.REFERAT_GODKENDT
                        ? date.plusDays(3).atStartOfDay().toInstant(java.time.ZoneOffset.UTC)
                        : null,
                version,
                cancelledAt,
                reason,
                null,
                List.of());
    }

    private final List<MeetingView> meetings = List.of(
            meeting(1, LocalDate.of(2026, 3, 26), MeetingState.REFERAT_GODKENDT, null, null, 9),
            meeting(2, LocalDate.of(2026, 10, 29), MeetingState.DAGSORDEN_UDSENDT, null, null, 4),
            meeting(
                    3,
                    LocalDate.of(2026, 12, 3),
                    MeetingState.DAGSORDEN_UDSENDT,
                    NOW.minusSeconds(3600),
                    "Aflyst, da der ikke er sager; næste møde er i januar",
                    6),
            meeting(4, LocalDate.of(2027, 1, 14), MeetingState.PLANLAGT, NOW, "Ingen sager", 2),
            meeting(5, LocalDate.of(2027, 2, 11), MeetingState.PLANLAGT, null, null, 0));

    private final Map<Long, List<DocumentVersionView>> versions = Map.of(
            1L,
            List.of(
                    new DocumentVersionView(
                            11,
                            1,
                            1,
                            VersionKind.AGENDA,
                            "Dagsorden",
                            null,
                            Instant.parse("2026-03-19T08:00:00Z"),
                            "s"),
                    new DocumentVersionView(
                            12, 1, 2, VersionKind.MINUTES, "Referat", null, Instant.parse("2026-03-29T08:00:00Z"), "s"),
                    new DocumentVersionView(
                            13,
                            1,
                            3,
                            VersionKind.MINUTES,
                            "Rettelse 1 til referat",
                            "Stavefejl i punkt 2",
                            Instant.parse("2026-04-02T08:00:00Z"),
                            "s")));

    @Test
    void theAtomFeedMeetsRfc4287() throws Exception {
        List<MeetingView> shown = meetings.stream()
                .filter(m -> m.state().isPublished() || m.cancelled())
                .toList();
        String xml = AtomFeed.write(committee, shown, versions, links, NOW);

        assertThat(FeedValidator.atom(xml)).isEmpty();
        assertThat(xml)
                .contains("<title>Rettelse 1 til referat: ")
                .contains("https://dagsordener.example.dk/offentlig/moeder/1/versioner/3")
                .contains("<title>Aflyst: ")
                .contains("Begrundelse: Aflyst, da der ikke er sager; næste møde er i januar")
                .contains("&lt;særudvalg&gt;");
    }

    @Test
    void theCalendarMeetsRfc5545AndMarksCancelledMeetings() {
        String ics = ICalendar.write(committee, meetings, links, NOW);

        assertThat(FeedValidator.iCalendar(ics)).isEmpty();
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded.split("\r\n"))
                .contains(
                        "UID:punkt-moede-3@dagsordener.example.dk",
                        "STATUS:CANCELLED",
                        "STATUS:CONFIRMED",
                        "DTSTAMP:20261123T101530Z",
                        "DTSTART;TZID=Europe/Copenhagen:20261203T143000",
                        "SEQUENCE:6");
        assertThat(unfolded.lines().filter("STATUS:CANCELLED"::equals).count()).isEqualTo(2);
    }

    @Test
    void theValidatorCatchesWhatItChecks() throws Exception {
        assertThat(FeedValidator.iCalendar("BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n"))
                .anyMatch(p -> p.contains("bare LF"));
        assertThat(FeedValidator.iCalendar("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"))
                .containsExactly("VCALENDAR has 0 PRODID, must have exactly one");
        assertThat(FeedValidator.iCalendar("BEGIN:VCALENDAR\r\nPRODID:x\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
                        + "DTSTART;TZID=Europe/Oslo:20260101T100000\r\nSUMMARY:a,b\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"))
                .anyMatch(p -> p.contains("UID"))
                .anyMatch(p -> p.contains("DTSTAMP"))
                .anyMatch(p -> p.contains("no VTIMEZONE"))
                .anyMatch(p -> p.contains("unescaped ','"));
        assertThat(FeedValidator.atom("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title>"
                        + "<entry><title>e</title><updated>2026-01-01</updated></entry></feed>"))
                .anyMatch(p -> p.contains("feed has 0 atom:id"))
                .anyMatch(p -> p.contains("RFC 3339"))
                .anyMatch(p -> p.contains("no author"))
                .anyMatch(p -> p.contains("link rel=self"));
    }
}
