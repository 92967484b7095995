package dk.punkt.search.internal;

import dk.punkt.committees.Audience;
import dk.punkt.items.ItemService;
import dk.punkt.items.ItemView;
import dk.punkt.items.SectionNames;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingState;
import dk.punkt.meetings.MeetingView;
import dk.punkt.minutes.DecisionService;
import dk.punkt.minutes.DecisionView;
import dk.punkt.publishing.MeetingDocument;
import dk.punkt.publishing.MeetingDocumentService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Builds the search entries of a meeting from its complete document (closed content included: the entry keeps it in
 * fields that only those with access search) and its items (for the type and the appendices).
 */
@Component
public class EntryBuilder {

    /** The search module reads everything; queries decide who sees what. */
    static final Audience EVERYTHING = new Audience(Optional.empty(), true);

    /** Sections rendered from structured data, which have fields of their own. */
    private static final Set<String> STRUCTURED =
            Set.of(SectionNames.INDSTILLING, SectionNames.BESLUTNING, SectionNames.BILAG);

    private final MeetingService meetings;
    private final MeetingDocumentService documents;
    private final ItemService items;
    private final SearchEntryRepository entries;
    private final AppendixTextRepository appendixTexts;
    private final AppendixExtraction extraction;
    private final DecisionService decisions;
    private final Clock clock;

    EntryBuilder(
            MeetingService meetings,
            MeetingDocumentService documents,
            ItemService items,
            SearchEntryRepository entries,
            AppendixTextRepository appendixTexts,
            AppendixExtraction extraction,
            DecisionService decisions,
            Clock clock) {
        this.meetings = meetings;
        this.documents = documents;
        this.items = items;
        this.entries = entries;
        this.appendixTexts = appendixTexts;
        this.extraction = extraction;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** Call within a transaction. */
    public int rebuild(long meetingId) {
        Map<Long, SearchEntry> stale = entries.findByMeetingId(meetingId).stream()
                .collect(Collectors.toMap(SearchEntry::getItemId, Function.identity()));
        Optional<MeetingView> meeting = meetings.find(meetingId);
        if (meeting.isEmpty() || meeting.get().state() == MeetingState.PLANLAGT) {
            entries.deleteAll(stale.values());
            return 0;
        }
        MeetingDocument document = documents.forMeeting(meetingId, EVERYTHING).orElseThrow();
        Map<Long, ItemView> itemsById =
                items
                        .findAll(document.items().stream()
                                .map(MeetingDocument.Item::id)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(ItemView::id, Function.identity(), (a, b) -> a));
        Map<Long, String> extracted = extractedTexts(itemsById.values());
        // Until the minutes are approved the document has no decisions; the ones recorded so far are searchable
        // for staff and members only (as the minutes module shows them), so they go to the restricted field.
        Map<Long, DecisionView> drafts = document.kind() == MeetingDocument.Kind.REFERAT
                ? Map.of()
                : decisions.findForMeeting(meetingId, itemsById.keySet());
        Instant now = clock.instant();
        List<AppendixExtraction.Pending> toExtract = new ArrayList<>();
        for (MeetingDocument.Item item : document.items()) {
            ItemView view = itemsById.get(item.id());
            SearchEntry entry = stale.remove(item.id());
            if (entry == null) {
                entry = entries.findById(item.id()).orElseGet(() -> new SearchEntry(item.id()));
            }
            entry.describe(
                    meeting.get().committeeId(),
                    document.committee(),
                    meetingId,
                    document.date(),
                    item.number(),
                    item.title(),
                    item.caseNumber(),
                    view == null ? null : view.type(),
                    item.outcome(),
                    item.closed(),
                    sectionsText(item),
                    recommendationText(item.recommendation()),
                    PlainText.of(item.decision()),
                    now);
            List<ItemView.AppendixView> appendices = view == null ? List.of() : view.appendices();
            entry.appendixTexts(appendixText(appendices, false, extracted), appendixText(appendices, true, extracted));
            DecisionView draft = drafts.get(item.id());
            entry.draftDecision(draft == null ? null : PlainText.of(draft.text()));
            appendices.stream()
                    .filter(appendix -> !extracted.containsKey(appendix.id()))
                    .forEach(appendix -> toExtract.add(new AppendixExtraction.Pending(item.id(), appendix)));
            entries.save(entry);
        }
        entries.deleteAll(stale.values());
        if (!toExtract.isEmpty()) {
            extraction.afterCommit(meetingId, toExtract);
        }
        return document.items().size();
    }

    private Map<Long, String> extractedTexts(java.util.Collection<ItemView> views) {
        List<Long> ids = views.stream()
                .flatMap(view -> view.appendices().stream())
                .map(ItemView.AppendixView::id)
                .toList();
        Map<Long, String> texts = new HashMap<>();
        if (!ids.isEmpty()) {
            appendixTexts.findByAppendixIdIn(ids).forEach(text -> texts.put(text.appendixId(), text.text()));
        }
        return texts;
    }

    /** The appendices' names and extracted texts, open or closed ones. */
    private static String appendixText(
            List<ItemView.AppendixView> appendices, boolean closed, Map<Long, String> extracted) {
        String text = appendices.stream()
                .filter(appendix -> appendix.closed() == closed)
                .map(appendix -> {
                    String body = extracted.get(appendix.id());
                    return body == null || body.isBlank() ? appendix.name() : appendix.name() + "\n" + body;
                })
                .collect(Collectors.joining("\n\n"));
        return text.isEmpty() ? null : text;
    }

    private static String sectionsText(MeetingDocument.Item item) {
        String text = item.sections().stream()
                .filter(section -> !STRUCTURED.contains(section.name()))
                .map(section -> PlainText.of(section.text()))
                .filter(section -> section != null && !section.isBlank())
                .collect(Collectors.joining("\n\n"));
        return text.isEmpty() ? null : text;
    }

    private static String recommendationText(MeetingDocument.Recommendation recommendation) {
        if (recommendation == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        if (recommendation.by() != null && !recommendation.by().isBlank()) {
            text.append(recommendation.by()).append(" indstiller,\n");
        }
        recommendation.clauses().forEach(clause -> text.append(clause).append('\n'));
        return text.toString().strip();
    }

    /** Plain text of the sanitised HTML subset: tags become spaces or line breaks, entities are decoded. */
    static final class PlainText {

        private PlainText() {}

        static String of(String html) {
            if (html == null) {
                return null;
            }
            String text = html.replaceAll("(?i)<\\s*(br|/p|/li|/h[1-6]|/tr)\\s*/?>", "\n")
                    .replaceAll("(?i)</t[dh]>", " ")
                    .replaceAll("<[^>]*>", "");
            text = HtmlUtils.htmlUnescape(text);
            return text.replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                    .replaceAll(" *\n[ \n]*", "\n")
                    .strip();
        }
    }
}
