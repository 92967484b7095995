package dk.punkt.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Cuts a frozen full document to what others may see, or to its agenda part; the same rules as the live pages. */
final class PublicCut {

    private PublicCut() {}

    /** The public version: closed items keep number, title and case number only; closed appendices are left out. */
    static MeetingDocument of(MeetingDocument full) {
        List<MeetingDocument.Item> items = new ArrayList<>();
        for (MeetingDocument.Item item : full.items()) {
            items.add(item.closed() ? withheld(item) : withoutClosedAttachments(item));
        }
        return copy(full, full.kind(), full.timetable(), items);
    }

    /**
     * The agenda part of a document: no decisions. With {@code onlyItems}, just those items (a supplementary
     * agenda), keeping their agenda numbers, and no timetable.
     */
    static MeetingDocument asAgenda(MeetingDocument full, Set<Long> onlyItems) {
        List<MeetingDocument.Item> items = full.items().stream()
                .filter(item -> onlyItems == null || onlyItems.contains(item.id()))
                .map(item -> new MeetingDocument.Item(
                        item.id(),
                        item.number(),
                        item.title(),
                        item.caseNumber(),
                        item.type(),
                        item.responsible(),
                        item.minutes(),
                        item.closed(),
                        item.state(),
                        item.sections().stream()
                                .filter(section -> !"Beslutning".equals(section.name()))
                                .toList(),
                        item.recommendation(),
                        null,
                        null,
                        item.attachments(),
                        item.withheld(),
                        item.withheldAttachments(),
                        item.postponedFrom()))
                .toList();
        return copy(full, MeetingDocument.Kind.DAGSORDEN, onlyItems == null ? full.timetable() : List.of(), items);
    }

    private static MeetingDocument.Item withheld(MeetingDocument.Item item) {
        return MeetingDocument.Item.withheld(
                        item.id(), item.number(), item.title(), item.caseNumber(), item.type(), item.state())
                .postponedFrom(item.postponedFrom());
    }

    private static String urlOf(List<MeetingDocument.Attachment> attachments, String name) {
        return attachments.stream()
                .filter(attachment -> attachment.name().equals(name))
                .map(MeetingDocument.Attachment::url)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private static MeetingDocument.Item withoutClosedAttachments(MeetingDocument.Item item) {
        List<MeetingDocument.Attachment> open = item.attachments().stream()
                .filter(attachment -> !attachment.closed())
                .toList();
        int withheld = item.attachments().size() - open.size();
        if (withheld == 0) {
            return item;
        }
        // The Bilag section lists the appendices; list only the open ones and say that closed ones were left out.
        List<MeetingDocument.Section> sections = item.sections().stream()
                .map(section -> "Bilag".equals(section.name())
                        ? new MeetingDocument.Section(
                                section.name(),
                                MeetingDocumentService.appendicesHtml(
                                        open.stream()
                                                .map(a -> new dk.punkt.items.ItemView.AppendixView(
                                                        0, a.name(), false, null, 0))
                                                .toList(),
                                        withheld,
                                        a -> urlOf(open, a.name())))
                        : section)
                .toList();
        return new MeetingDocument.Item(
                item.id(),
                item.number(),
                item.title(),
                item.caseNumber(),
                item.type(),
                item.responsible(),
                item.minutes(),
                item.closed(),
                item.state(),
                sections,
                item.recommendation(),
                item.decision(),
                item.outcome(),
                open,
                false,
                withheld,
                item.postponedFrom());
    }

    private static MeetingDocument copy(
            MeetingDocument full,
            MeetingDocument.Kind kind,
            List<MeetingDocument.TimetableEntry> timetable,
            List<MeetingDocument.Item> items) {
        return new MeetingDocument(
                full.id(),
                full.committee(),
                kind,
                full.state(),
                full.date(),
                full.startTime(),
                full.location(),
                full.participants(),
                full.absent(),
                timetable,
                items);
    }
}
