package dk.punkt.publishing.internal;

import dk.punkt.committees.CommitteeView;
import dk.punkt.meetings.MeetingState;
import dk.punkt.meetings.MeetingView;
import dk.punkt.publishing.PublicLinks;
import dk.punkt.web.Formats;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * A committee's Atom feed (RFC 4287), written by hand: one entry per published agenda and one per approved minutes,
 * newest first. Only public facts appear: committee, date, place and the public addresses.
 */
final class AtomFeed {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private AtomFeed() {}

    record Entry(String id, String title, Instant updated, String link, String pdf, String summary) {}

    static String write(CommitteeView committee, List<MeetingView> published, PublicLinks links, Instant now) {
        List<Entry> entries = entries(committee, published, links);
        Instant updated = entries.stream()
                .map(Entry::updated)
                .max(Comparator.naturalOrder())
                .orElse(now.truncatedTo(ChronoUnit.SECONDS));
        StringBuilder xml = new StringBuilder(4096);
        xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"da\">\n");
        element(xml, "  ", "id", links.atomFeed(committee.id()));
        element(xml, "  ", "title", "Dagsordener og referater fra " + committee.name());
        element(xml, "  ", "updated", timestamp(updated));
        link(xml, "  ", "self", "application/atom+xml", links.atomFeed(committee.id()));
        link(xml, "  ", "alternate", "text/html", links.committee(committee.id()));
        xml.append("  <author><name>").append(escape(committee.name())).append("</name></author>\n");
        xml.append("  <generator>Punkt</generator>\n");
        for (Entry entry : entries) {
            xml.append("  <entry>\n");
            element(xml, "    ", "id", entry.id());
            element(xml, "    ", "title", entry.title());
            element(xml, "    ", "updated", timestamp(entry.updated()));
            element(xml, "    ", "published", timestamp(entry.updated()));
            link(xml, "    ", "alternate", "text/html", entry.link());
            link(xml, "    ", "enclosure", "application/pdf", entry.pdf());
            element(xml, "    ", "summary", entry.summary());
            xml.append("  </entry>\n");
        }
        xml.append("</feed>\n");
        return xml.toString();
    }

    static List<Entry> entries(CommitteeView committee, List<MeetingView> published, PublicLinks links) {
        List<Entry> entries = new ArrayList<>();
        for (MeetingView meeting : published) {
            String when = Formats.longDate(meeting.date())
                    + (meeting.startTime() == null ? "" : " kl. " + Formats.time(meeting.startTime()))
                    + (meeting.location() == null ? "" : ", mødested: " + meeting.location());
            String shortDate = Formats.shortDate(meeting.date());
            if (meeting.state() == MeetingState.REFERAT_GODKENDT) {
                entries.add(new Entry(
                        links.meeting(meeting.id()) + "/referat",
                        "Referat: " + committee.name() + " d. " + shortDate,
                        orMeetingTime(meeting.minutesApprovedAt(), meeting),
                        links.meeting(meeting.id()),
                        links.meetingPdf(meeting.id()),
                        "Referatet er godkendt. Mødet blev holdt " + when + "."));
            }
            if (meeting.state().isPublished()) {
                entries.add(new Entry(
                        links.meeting(meeting.id()) + "/dagsorden",
                        "Dagsorden: " + committee.name() + " d. " + shortDate,
                        orMeetingTime(meeting.agendaPublishedAt(), meeting),
                        links.meeting(meeting.id()),
                        links.meetingPdf(meeting.id()),
                        "Dagsordenen er udsendt. Mødet holdes " + when + "."));
            }
        }
        entries.sort(Comparator.comparing(Entry::updated).reversed().thenComparing(Entry::id));
        return entries;
    }

    /** Meetings taken over from old minutes have no publishing time; their meeting time stands in. */
    private static Instant orMeetingTime(Instant at, MeetingView meeting) {
        if (at != null) {
            return at.truncatedTo(ChronoUnit.SECONDS);
        }
        return meeting.date()
                .atTime(meeting.startTime() == null ? java.time.LocalTime.NOON : meeting.startTime())
                .atZone(COPENHAGEN)
                .toInstant();
    }

    private static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static void element(StringBuilder xml, String indent, String name, String text) {
        xml.append(indent)
                .append('<')
                .append(name)
                .append('>')
                .append(escape(text))
                .append("</")
                .append(name)
                .append(">\n");
    }

    private static void link(StringBuilder xml, String indent, String rel, String type, String href) {
        xml.append(indent)
                .append("<link rel=\"")
                .append(rel)
                .append("\" type=\"")
                .append(type)
                .append("\" href=\"")
                .append(escape(href))
                .append("\"/>\n");
    }

    /** XML escaping that leaves Danish letters as they are (the feed is UTF-8). */
    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8").replace("&#39;", "&apos;");
    }
}
