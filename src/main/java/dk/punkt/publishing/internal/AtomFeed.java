package dk.punkt.publishing.internal;

import dk.punkt.committees.CommitteeView;
import dk.punkt.meetings.MeetingState;
import dk.punkt.meetings.MeetingView;
import dk.punkt.publishing.DocumentVersionView;
import dk.punkt.publishing.PublicLinks;
import dk.punkt.publishing.VersionKind;
import dk.punkt.web.Formats;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * A committee's Atom feed (RFC 4287), written by hand: one entry per published agenda and one per approved minutes,
 * newest first. Only public facts appear: committee, date, place and the public addresses.
 */
final class AtomFeed {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private AtomFeed() {}

    /** The newest entries only: a feed is a list of news, the committee page has the archive. */
    static final int MAX_ENTRIES = 50;

    record Entry(String id, String title, Instant updated, String link, String pdf, String summary) {}

    static String write(CommitteeView committee, List<MeetingView> published, PublicLinks links, Instant now) {
        return write(committee, published, Map.of(), links, now);
    }

    /**
     * With {@code versions} per meeting, each frozen version is an entry (agenda, corrections, supplementary
     * agendas, minutes and their corrections); meetings without versions (taken over from old minutes) get one entry
     * for the agenda and one for the minutes. A cancelled meeting gets an entry saying so.
     */
    static String write(
            CommitteeView committee,
            List<MeetingView> meetings,
            Map<Long, List<DocumentVersionView>> versions,
            PublicLinks links,
            Instant now) {
        List<Entry> entries = entries(committee, meetings, versions, links);
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
            if (entry.pdf() != null) {
                link(xml, "    ", "enclosure", "application/pdf", entry.pdf());
            }
            element(xml, "    ", "summary", entry.summary());
            xml.append("  </entry>\n");
        }
        xml.append("</feed>\n");
        return xml.toString();
    }

    static List<Entry> entries(CommitteeView committee, List<MeetingView> published, PublicLinks links) {
        return entries(committee, published, Map.of(), links);
    }

    static List<Entry> entries(
            CommitteeView committee,
            List<MeetingView> meetings,
            Map<Long, List<DocumentVersionView>> versions,
            PublicLinks links) {
        List<Entry> entries = new ArrayList<>();
        for (MeetingView meeting : meetings) {
            String when = Formats.longDate(meeting.date())
                    + (meeting.startTime() == null ? "" : " kl. " + Formats.time(meeting.startTime()))
                    + (meeting.location() == null ? "" : ", mødested: " + meeting.location());
            String shortDate = Formats.shortDate(meeting.date());
            if (meeting.cancelled()) {
                entries.add(new Entry(
                        links.meeting(meeting.id()) + "/aflyst",
                        "Aflyst: " + committee.name() + " d. " + shortDate,
                        meeting.cancelledAt().truncatedTo(ChronoUnit.SECONDS),
                        meeting.state().isPublished() ? links.meeting(meeting.id()) : links.committee(committee.id()),
                        null,
                        "Mødet " + when + " er aflyst."
                                + (meeting.cancelReason() == null
                                                || meeting.cancelReason().isBlank()
                                        ? ""
                                        : " Begrundelse: " + meeting.cancelReason())));
            }
            if (!meeting.state().isPublished()) {
                continue;
            }
            List<DocumentVersionView> frozen = versions.getOrDefault(meeting.id(), List.of());
            if (!frozen.isEmpty()) {
                frozen.forEach(
                        version -> entries.add(versionEntry(committee, meeting, version, links, shortDate, when)));
                continue;
            }
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
        return entries.size() > MAX_ENTRIES ? List.copyOf(entries.subList(0, MAX_ENTRIES)) : entries;
    }

    /** The first agenda and the first minutes keep the entry ids they had before versions existed. */
    private static Entry versionEntry(
            CommitteeView committee,
            MeetingView meeting,
            DocumentVersionView version,
            PublicLinks links,
            String shortDate,
            String when) {
        String id = version.kind() == VersionKind.AGENDA && !version.correction()
                ? links.meeting(meeting.id()) + "/dagsorden"
                : version.kind() == VersionKind.MINUTES && !version.correction()
                        ? links.meeting(meeting.id()) + "/referat"
                        : links.meetingVersion(meeting.id(), version.number());
        String summary = switch (version.kind()) {
            case AGENDA ->
                version.correction()
                        ? "Dagsordenen er rettet. Begrundelse: " + version.reason()
                        : "Dagsordenen er udsendt. Mødet holdes " + when + ".";
            case SUPPLEMENT -> "Der er udsendt en tillægsdagsorden til mødet " + when + ".";
            case MINUTES ->
                version.correction()
                        ? "Referatet er rettet. Begrundelse: " + version.reason()
                        : "Referatet er godkendt. Mødet blev holdt " + when + ".";
        };
        String page = links.meetingVersion(meeting.id(), version.number());
        return new Entry(
                id,
                version.label() + ": " + committee.name() + " d. " + shortDate,
                version.createdAt().truncatedTo(ChronoUnit.SECONDS),
                page,
                page + "/dokument.pdf",
                summary);
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
