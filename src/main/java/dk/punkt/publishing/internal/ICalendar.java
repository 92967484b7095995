package dk.punkt.publishing.internal;

import dk.punkt.committees.CommitteeView;
import dk.punkt.meetings.MeetingState;
import dk.punkt.meetings.MeetingView;
import dk.punkt.publishing.PublicLinks;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A committee's meetings as an iCalendar (RFC 5545) to subscribe to, written by hand: times in Europe/Copenhagen
 * with its VTIMEZONE, CRLF line ends, lines folded at 75 octets. Published meetings link to their public page;
 * planned ones (date and place only) to the committee's page.
 */
final class ICalendar {

    static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final String TZID = "Europe/Copenhagen";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    /** The EU rules Denmark follows since 1996 (last Sunday of March and of October). */
    private static final List<String> VTIMEZONE = List.of(
            "BEGIN:VTIMEZONE",
            "TZID:" + TZID,
            "X-LIC-LOCATION:" + TZID,
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "TZNAME:CEST",
            "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "TZNAME:CET",
            "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE");

    private ICalendar() {}

    static String write(CommitteeView committee, List<MeetingView> meetings, PublicLinks links, Instant now) {
        StringBuilder ics = new StringBuilder(4096);
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Punkt//Punkt dagsordenssystem//DA");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + text(committee.name()));
        line(ics, "X-WR-TIMEZONE:" + TZID);
        VTIMEZONE.forEach(l -> line(ics, l));
        String stamp = UTC.format(now.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
        for (MeetingView meeting : meetings) {
            LocalTime start = meeting.startTime() == null ? LocalTime.of(9, 0) : meeting.startTime();
            boolean published = meeting.state().isPublished();
            String url = published ? links.meeting(meeting.id()) : links.committee(committee.id());
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:punkt-moede-" + meeting.id() + "@" + links.host());
            line(ics, "DTSTAMP:" + stamp);
            line(ics, "DTSTART;TZID=" + TZID + ":" + LOCAL.format(LocalDateTime.of(meeting.date(), start)));
            if (meeting.endTime() != null && meeting.endTime().isAfter(start)) {
                line(
                        ics,
                        "DTEND;TZID=" + TZID + ":" + LOCAL.format(LocalDateTime.of(meeting.date(), meeting.endTime())));
            } else {
                line(ics, "DURATION:PT1H");
            }
            // Clients replace an event they know when its sequence grows: every change of the meeting row does.
            line(ics, "SEQUENCE:" + meeting.version());
            line(ics, "SUMMARY:" + text((meeting.cancelled() ? "Aflyst: " : "") + "Møde i " + committee.name()));
            if (meeting.location() != null && !meeting.location().isBlank()) {
                line(ics, "LOCATION:" + text(meeting.location()));
            }
            line(ics, "URL:" + url);
            line(ics, "DESCRIPTION:" + text(description(meeting, links)));
            line(ics, "STATUS:" + (meeting.cancelled() ? "CANCELLED" : "CONFIRMED"));
            line(ics, "TRANSP:OPAQUE");
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static String description(MeetingView meeting, PublicLinks links) {
        if (meeting.cancelled()) {
            return "Mødet er aflyst."
                    + (meeting.cancelReason() == null || meeting.cancelReason().isBlank()
                            ? ""
                            : " Begrundelse: " + meeting.cancelReason());
        }
        if (meeting.state() == MeetingState.REFERAT_GODKENDT) {
            return "Referat: " + links.meetingPdf(meeting.id());
        }
        if (meeting.state().isPublished()) {
            return "Dagsorden: " + links.meetingPdf(meeting.id());
        }
        return "Dagsordenen er endnu ikke udsendt.";
    }

    /** TEXT value escaping (RFC 5545 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Appends a content line folded at 75 octets, never inside a UTF-8 character (RFC 5545 3.1). */
    static void line(StringBuilder out, String line) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
