package dk.punkt.publishing;

import dk.punkt.committees.Audience;
import dk.punkt.committees.CommitteeService;
import dk.punkt.items.ItemService;
import dk.punkt.items.ItemView;
import dk.punkt.items.SectionNames;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingState;
import dk.punkt.meetings.MeetingView;
import dk.punkt.meetings.Timetable;
import dk.punkt.meetings.TimetableRow;
import dk.punkt.minutes.DecisionService;
import dk.punkt.minutes.DecisionView;
import dk.punkt.minutes.MeetingModeService;
import dk.punkt.minutes.MinutesService;
import dk.punkt.minutes.PostponementView;
import dk.punkt.minutes.PresenceKind;
import dk.punkt.minutes.PresenceView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Assembles a meeting's document from the committees, meetings, items and minutes modules, for one audience.
 * Rendering reads the finished document and never goes back to the database.
 */
@Service
@Transactional(readOnly = true)
public class MeetingDocumentService {

    private final CommitteeService committees;
    private final MeetingService meetings;
    private final ItemService items;
    private final DecisionService decisions;
    private final PublicLinks links;
    private final MinutesService minutes;
    private final MeetingModeService meetingMode;

    MeetingDocumentService(
            CommitteeService committees,
            MeetingService meetings,
            ItemService items,
            DecisionService decisions,
            PublicLinks links,
            MinutesService minutes,
            MeetingModeService meetingMode) {
        this.committees = committees;
        this.meetings = meetings;
        this.items = items;
        this.decisions = decisions;
        this.links = links;
        this.minutes = minutes;
        this.meetingMode = meetingMode;
    }

    /**
     * Where an appendix can be downloaded ({@code /bilag/{id}} checks access), or null for one without a file: the
     * legacy documents only name their appendices.
     */
    private String urlOf(ItemView.AppendixView appendix) {
        return appendix.size() > 0 ? links.base() + "/bilag/" + appendix.id() : null;
    }

    /** The document of a meeting as {@code audience} may see it. */
    public Optional<MeetingDocument> forMeeting(long meetingId, Audience audience) {
        return Optional.ofNullable(forMeetings(List.of(meetingId), audience).get(meetingId));
    }

    /**
     * The documents of several meetings as {@code audience} may see them, keyed by meeting id (unknown ids are left
     * out): the same documents as {@link #forMeeting}, read with one query per kind of data for all of them instead
     * of about ten per meeting (an import freezes fifty meetings per transaction).
     */
    public Map<Long, MeetingDocument> forMeetings(Collection<Long> meetingIds, Audience audience) {
        return assembleAll(meetings.findAll(meetingIds), audience, Map.of(), null);
    }

    /**
     * The documents of meetings the caller has just written in its transaction, as {@link #forMeetings} gives them,
     * but with the items and decisions it wrote taken from their views instead of read back (an import reads nothing
     * back for the fifty meetings it freezes per transaction). Items of an agenda not among them are read.
     */
    public Map<Long, MeetingDocument> forWritten(Collection<WrittenMeeting> written, Audience audience) {
        Map<Long, ItemView> itemsById = new HashMap<>();
        Map<Long, Map<Long, DecisionView>> decisionsByMeeting = new HashMap<>();
        for (WrittenMeeting meeting : written) {
            meeting.items().forEach(item -> itemsById.put(item.id(), item));
            decisionsByMeeting.put(meeting.meetingId(), meeting.decisionsByItem());
        }
        List<Long> meetingIds = written.stream().map(WrittenMeeting::meetingId).toList();
        return assembleAll(meetings.findAll(meetingIds), audience, itemsById, decisionsByMeeting);
    }

    /**
     * Assembles the documents of {@code found}, with the items in {@code knownItems} (others are read) and the
     * decisions in {@code knownDecisions} by meeting and item (null: read them).
     */
    private Map<Long, MeetingDocument> assembleAll(
            List<MeetingView> found,
            Audience audience,
            Map<Long, ItemView> knownItems,
            Map<Long, Map<Long, DecisionView>> knownDecisions) {
        Map<Long, List<Long>> itemIdsByMeeting = new HashMap<>();
        List<Long> unknownItemIds = new ArrayList<>();
        for (MeetingView meeting : found) {
            List<Long> ids = agendaItemIds(meeting);
            itemIdsByMeeting.put(meeting.id(), ids);
            ids.stream().filter(id -> !knownItems.containsKey(id)).forEach(unknownItemIds::add);
        }
        Map<Long, ItemView> itemsById = new HashMap<>(knownItems);
        if (!unknownItemIds.isEmpty()) {
            items.findAll(unknownItemIds).forEach(item -> itemsById.putIfAbsent(item.id(), item));
        }
        Map<Long, List<ItemView>> itemsByMeeting = new HashMap<>();
        for (MeetingView meeting : found) {
            List<Long> ids = itemIdsByMeeting.get(meeting.id());
            itemsByMeeting.put(
                    meeting.id(),
                    ids.isEmpty()
                            ? items.findByMeeting(meeting.id())
                            : ids.stream()
                                    .map(itemsById::get)
                                    .filter(Objects::nonNull)
                                    .toList());
        }
        Map<Long, List<Long>> minutesItemIds = new HashMap<>();
        for (MeetingView meeting : found) {
            if (kindOf(meeting) == MeetingDocument.Kind.REFERAT) {
                minutesItemIds.put(
                        meeting.id(),
                        itemsByMeeting.get(meeting.id()).stream()
                                .map(ItemView::id)
                                .toList());
            }
        }
        Map<Long, Map<Long, DecisionView>> decisionsByMeeting = knownDecisions == null
                ? decisions.findForMeetings(minutesItemIds)
                : known(knownDecisions, minutesItemIds);
        Map<Long, List<PostponementView>> postponements = minutes.postponementsOf(itemsByMeeting.values().stream()
                .flatMap(List::stream)
                .map(ItemView::id)
                .toList());
        Map<Long, List<PresenceView>> presence =
                meetingMode.presence(found.stream().map(MeetingView::id).toList());
        Map<Long, String> committeeNames = new HashMap<>();
        Map<Long, MeetingDocument> documents = new HashMap<>();
        for (MeetingView meeting : found) {
            String committeeName = committeeNames.computeIfAbsent(
                    meeting.committeeId(), id -> committees.nameOf(id).orElseThrow());
            documents.put(
                    meeting.id(),
                    assemble(
                            meeting,
                            audience,
                            committeeName,
                            itemsByMeeting.get(meeting.id()),
                            decisionsByMeeting.getOrDefault(meeting.id(), Map.of()),
                            postponements,
                            presence.getOrDefault(meeting.id(), List.of())));
        }
        return documents;
    }

    /** The known decisions of each minutes' items, as {@link DecisionService#findForMeetings} would read them. */
    private static Map<Long, Map<Long, DecisionView>> known(
            Map<Long, Map<Long, DecisionView>> decisions, Map<Long, List<Long>> minutesItemIds) {
        Map<Long, Map<Long, DecisionView>> byMeeting = new HashMap<>();
        minutesItemIds.forEach((meetingId, itemIds) -> {
            Map<Long, DecisionView> written = decisions.getOrDefault(meetingId, Map.of());
            Map<Long, DecisionView> ofItems = new HashMap<>();
            for (long itemId : itemIds) {
                if (written.containsKey(itemId)) {
                    ofItems.put(itemId, written.get(itemId));
                }
            }
            byMeeting.put(meetingId, ofItems);
        });
        return byMeeting;
    }

    private static MeetingDocument.Kind kindOf(MeetingView meeting) {
        return meeting.state() == MeetingState.REFERAT_GODKENDT
                ? MeetingDocument.Kind.REFERAT
                : MeetingDocument.Kind.DAGSORDEN;
    }

    private MeetingDocument assemble(
            MeetingView meeting,
            Audience audience,
            String committeeName,
            List<ItemView> agendaItems,
            Map<Long, DecisionView> decisionsByItem,
            Map<Long, List<PostponementView>> postponements,
            List<PresenceView> presence) {
        MeetingDocument.Kind kind = kindOf(meeting);
        List<TimetableRow> timetable = timetableOf(meeting, agendaItems);
        List<MeetingDocument.Item> documentItems = new ArrayList<>();
        for (int index = 0; index < agendaItems.size(); index++) {
            ItemView item = agendaItems.get(index);
            documentItems.add(toDocumentItem(item, index + 1, decisionsByItem.get(item.id()), audience)
                    .postponedFrom(postponedFrom(postponements.getOrDefault(item.id(), List.of()), meeting)));
        }
        Map<String, String> presenceNotes = presenceNotes(presence, agendaItems);
        return new MeetingDocument(
                meeting.id(),
                committeeName,
                kind,
                meeting.state(),
                meeting.date(),
                meeting.startTime(),
                meeting.location(),
                people(meeting.participants(), presenceNotes),
                people(meeting.absent(), Map.of()),
                timetable.stream()
                        .map(row -> new MeetingDocument.TimetableEntry(
                                row.kind().name(), row.number(), row.start(), row.end(), row.minutes()))
                        .toList(),
                documentItems);
    }

    private static List<Long> agendaItemIds(MeetingView meeting) {
        return meeting.agenda().stream()
                .filter(row -> !row.isPause())
                .map(MeetingView.AgendaRow::itemId)
                .toList();
    }

    /** A timetable only when the plan has durations; otherwise it would be a column of identical times. */
    private List<TimetableRow> timetableOf(MeetingView meeting, List<ItemView> agendaItems) {
        boolean planned = agendaItems.stream().anyMatch(item -> item.minutes() != null && item.minutes() > 0);
        if (!planned || meeting.startTime() == null) {
            return List.of();
        }
        Map<Long, Integer> minutes = agendaItems.stream()
                .collect(Collectors.toMap(
                        ItemView::id, item -> item.minutes() == null ? 0 : item.minutes(), (a, b) -> a));
        List<MeetingView.AgendaRow> rows = meeting.agenda().isEmpty()
                ? agendaItems.stream()
                        .map(item -> MeetingView.AgendaRow.item(item.id()))
                        .toList()
                : meeting.agenda();
        return Timetable.compute(meeting.startTime(), rows, id -> minutes.getOrDefault(id, 0));
    }

    private MeetingDocument.Item toDocumentItem(ItemView item, int number, DecisionView decision, Audience audience) {
        String type = item.type() == null ? null : item.type().label();
        if (item.closed() && !audience.seesClosedContent()) {
            return MeetingDocument.Item.withheld(
                    item.id(), number, item.title(), item.caseNumber(), type, item.state());
        }
        List<ItemView.AppendixView> visibleAppendices = item.appendices().stream()
                .filter(appendix -> !appendix.closed() || audience.seesClosedContent())
                .toList();
        int withheldAppendices = item.appendices().size() - visibleAppendices.size();
        MeetingDocument.Recommendation recommendation = item.recommendation() == null
                ? null
                : new MeetingDocument.Recommendation(
                        item.recommendation().by(), item.recommendation().clauses());
        return new MeetingDocument.Item(
                item.id(),
                number,
                item.title(),
                item.caseNumber(),
                type,
                item.responsible(),
                item.minutes(),
                item.closed(),
                item.state(),
                sectionsOf(item, recommendation, decision, visibleAppendices, withheldAppendices, this::urlOf),
                recommendation,
                decision == null ? null : decision.text(),
                decision == null ? null : decision.outcome(),
                visibleAppendices.stream()
                        .map(appendix ->
                                new MeetingDocument.Attachment(appendix.name(), appendix.closed(), urlOf(appendix)))
                        .toList(),
                false,
                withheldAppendices);
    }

    /**
     * The sections in document order. Indstilling, Beslutning and Bilag are rendered from their structured data at
     * the place the item keeps for them, or where the template puts them when the item keeps none.
     */
    static List<MeetingDocument.Section> sectionsOf(
            ItemView item,
            MeetingDocument.Recommendation recommendation,
            DecisionView decision,
            List<ItemView.AppendixView> appendices,
            int withheldAppendices) {
        return sectionsOf(item, recommendation, decision, appendices, withheldAppendices, appendix -> null);
    }

    static List<MeetingDocument.Section> sectionsOf(
            ItemView item,
            MeetingDocument.Recommendation recommendation,
            DecisionView decision,
            List<ItemView.AppendixView> appendices,
            int withheldAppendices,
            Function<ItemView.AppendixView, String> urlOf) {
        Map<String, Function<String, String>> structured = Map.of(
                SectionNames.INDSTILLING, text -> recommendation == null ? text : recommendationHtml(recommendation),
                SectionNames.BESLUTNING, text -> decision == null ? null : decision.text(),
                SectionNames.BILAG,
                        text -> appendices.isEmpty() && withheldAppendices == 0
                                ? text
                                : appendicesHtml(appendices, withheldAppendices, urlOf));
        List<String> names = new ArrayList<>(
                item.sections().stream().map(ItemView.Section::name).toList());
        addInTemplateOrder(names, SectionNames.INDSTILLING, recommendation != null);
        addInTemplateOrder(names, SectionNames.BESLUTNING, decision != null);
        addInTemplateOrder(names, SectionNames.BILAG, !appendices.isEmpty() || withheldAppendices > 0);
        Map<String, String> texts = item.sections().stream()
                .collect(Collectors.toMap(ItemView.Section::name, ItemView.Section::text, (a, b) -> a + b));
        List<MeetingDocument.Section> sections = new ArrayList<>();
        for (String name : names) {
            String text = texts.get(name);
            if (structured.containsKey(name)) {
                text = structured.get(name).apply(text);
            }
            if (text != null && !text.isBlank()) {
                sections.add(new MeetingDocument.Section(name, text));
            }
        }
        return Collections.unmodifiableList(sections);
    }

    private static void addInTemplateOrder(List<String> names, String name, boolean present) {
        if (!present || names.contains(name)) {
            return;
        }
        int order = SectionNames.orderOf(name);
        int at = names.size();
        for (int i = 0; i < names.size(); i++) {
            if (SectionNames.orderOf(names.get(i)) > order && SectionNames.isTemplateSection(names.get(i))) {
                at = i;
                break;
            }
        }
        names.add(at, name);
    }

    private static String recommendationHtml(MeetingDocument.Recommendation recommendation) {
        StringBuilder html = new StringBuilder();
        if (recommendation.by() != null && !recommendation.by().isBlank()) {
            html.append("<p>").append(escape(recommendation.by())).append(" indstiller,</p>");
        }
        if (!recommendation.clauses().isEmpty()) {
            html.append("<ol>");
            recommendation
                    .clauses()
                    .forEach(
                            clause -> html.append("<li>").append(escape(clause)).append("</li>"));
            html.append("</ol>");
        }
        return html.toString();
    }

    private static List<MeetingDocument.Person> people(
            List<MeetingView.Attendee> attendees, Map<String, String> notes) {
        return attendees.stream()
                .map(attendee ->
                        new MeetingDocument.Person(attendee.name(), attendee.title(), notes.get(attendee.name())))
                .toList();
    }

    /**
     * The date of the latest earlier meeting that postponed the item (the item is on this meeting's agenda now), or
     * null: "Udsat fra mødet den …".
     */
    private static LocalDate postponedFrom(List<PostponementView> postponements, MeetingView meeting) {
        LocalDate latest = null;
        for (PostponementView p : postponements) {
            boolean earlier = p.meetingId() != meeting.id()
                    && p.meetingDate() != null
                    && (meeting.date() == null || p.meetingDate().isBefore(meeting.date()));
            if (earlier && (latest == null || p.meetingDate().isAfter(latest))) {
                latest = p.meetingDate();
            }
        }
        return latest;
    }

    /**
     * Late arrivals and early departures noted in meeting mode, by name, as the minutes print them: "deltog fra punkt
     * 3", "forlod mødet under punkt 5", or both.
     */
    private static Map<String, String> presenceNotes(List<PresenceView> notes, List<ItemView> agendaItems) {
        if (notes.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> numbers = new java.util.HashMap<>();
        for (int i = 0; i < agendaItems.size(); i++) {
            numbers.put(agendaItems.get(i).id(), i + 1);
        }
        Map<String, String> arrived = new java.util.HashMap<>();
        Map<String, String> left = new java.util.HashMap<>();
        for (PresenceView note : notes) {
            Integer number = numbers.get(note.itemId());
            if (number == null) {
                continue; // noted at an item since taken off the agenda
            }
            if (note.kind() == PresenceKind.ARRIVED_LATE) {
                arrived.put(note.name(), "deltog fra punkt " + number);
            } else {
                left.put(note.name(), "forlod mødet under punkt " + number);
            }
        }
        Map<String, String> result = new java.util.HashMap<>(arrived);
        left.forEach((name, text) -> result.merge(name, text, (a, b) -> a + ", " + b));
        return result;
    }

    /** Escapes only what HTML needs, so Danish letters stay readable in the stored and exported text. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    static String appendicesHtml(
            List<ItemView.AppendixView> appendices, int withheld, Function<ItemView.AppendixView, String> urlOf) {
        StringBuilder html = new StringBuilder();
        if (!appendices.isEmpty()) {
            html.append("<ul>");
            appendices.forEach(appendix -> {
                String url = urlOf.apply(appendix);
                String name = escape(appendix.name());
                html.append("<li>")
                        .append(url == null ? name : "<a href=\"" + escape(url) + "\">" + name + "</a>")
                        .append(appendix.closed() ? " (lukket)" : "")
                        .append("</li>");
            });
            html.append("</ul>");
        }
        if (withheld > 0) {
            html.append("<p>")
                    .append(withheld == 1 ? "1 bilag er lukket" : withheld + " bilag er lukket")
                    .append(", idet de indeholder fortrolige oplysninger.</p>");
        }
        return html.toString();
    }
}
