package dk.punkt.search.internal;

import dk.punkt.committees.Audience;
import dk.punkt.items.ItemService;
import dk.punkt.items.ItemType;
import dk.punkt.items.ItemView;
import dk.punkt.items.SectionNames;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingState;
import dk.punkt.meetings.MeetingView;
import dk.punkt.minutes.DecisionService;
import dk.punkt.minutes.DecisionView;
import dk.punkt.publishing.DocumentFrozen;
import dk.punkt.publishing.MeetingDocument;
import dk.punkt.publishing.MeetingDocumentService;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
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
    private final EntityManager entityManager;

    EntryBuilder(
            MeetingService meetings,
            MeetingDocumentService documents,
            ItemService items,
            SearchEntryRepository entries,
            AppendixTextRepository appendixTexts,
            AppendixExtraction extraction,
            DecisionService decisions,
            Clock clock,
            EntityManager entityManager) {
        this.meetings = meetings;
        this.documents = documents;
        this.items = items;
        this.entries = entries;
        this.appendixTexts = appendixTexts;
        this.extraction = extraction;
        this.decisions = decisions;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** Call within a transaction. */
    public int rebuild(long meetingId) {
        Optional<MeetingView> meeting = meetings.find(meetingId);
        if (meeting.isEmpty() || meeting.get().state() == MeetingState.PLANLAGT) {
            entries.deleteAll(entries.findByMeetingId(meetingId));
            return 0;
        }
        MeetingDocument document = documents.forMeeting(meetingId, EVERYTHING).orElseThrow();
        return rebuild(meetingId, meeting.get().committeeId(), document);
    }

    /**
     * Rebuilds from the complete document a freeze has just assembled (a frozen meeting is published), instead of
     * assembling it again. Call within a transaction.
     */
    public int rebuild(DocumentFrozen frozen) {
        return rebuild(frozen.meetingId(), frozen.committeeId(), frozen.document());
    }

    private int rebuild(long meetingId, long committeeId, MeetingDocument document) {
        List<Long> itemIds =
                document.items().stream().map(MeetingDocument.Item::id).toList();
        Map<Long, SearchEntry> stale = entries.findByMeetingId(meetingId).stream()
                .collect(Collectors.toMap(SearchEntry::getItemId, Function.identity()));
        // Entries of items indexed with another meeting before (moved items), in one query.
        List<Long> elsewhere =
                itemIds.stream().filter(id -> !stale.containsKey(id)).toList();
        Map<Long, SearchEntry> moved = new HashMap<>();
        if (!elsewhere.isEmpty()) {
            entries.findAllById(elsewhere).forEach(entry -> moved.put(entry.getItemId(), entry));
        }
        Map<Long, ItemFacts> facts = factsOf(document);
        Map<Long, String> extracted = extractedTexts(facts.values());
        // Until the minutes are approved the document has no decisions; the ones recorded so far are searchable
        // for staff and members only (as the minutes module shows them), so they go to the restricted field.
        Map<Long, DecisionView> drafts = document.kind() == MeetingDocument.Kind.REFERAT
                ? Map.of()
                : decisions.findForMeeting(meetingId, facts.keySet());
        Instant now = clock.instant();
        List<AppendixExtraction.Pending> toExtract = new ArrayList<>();
        for (MeetingDocument.Item item : document.items()) {
            ItemFacts fact = facts.get(item.id());
            SearchEntry entry = stale.remove(item.id());
            boolean added = false;
            if (entry == null) {
                entry = moved.get(item.id());
            }
            if (entry == null) {
                entry = new SearchEntry(item.id());
                added = true;
            }
            entry.describe(
                    committeeId,
                    document.committee(),
                    meetingId,
                    document.date(),
                    item.number(),
                    item.title(),
                    item.caseNumber(),
                    fact == null ? null : fact.type(),
                    item.outcome(),
                    item.closed(),
                    sectionsText(item),
                    recommendationText(item.recommendation()),
                    PlainText.of(item.decision()),
                    now);
            List<ItemView.AppendixView> appendices = fact == null ? List.of() : fact.appendices();
            entry.appendixTexts(appendixText(appendices, false, extracted), appendixText(appendices, true, extracted));
            DecisionView draft = drafts.get(item.id());
            entry.draftDecision(draft == null ? null : PlainText.of(draft.text()));
            // An appendix without a file (size 0: the import's, named in a legacy document) has no text to extract
            // and never gets a file later (an upload is a new appendix); its name is indexed above.
            appendices.stream()
                    .filter(appendix -> hasFile(appendix) && !extracted.containsKey(appendix.id()))
                    .forEach(appendix -> toExtract.add(new AppendixExtraction.Pending(item.id(), appendix)));
            if (added) {
                // Persisted, not saved: save() would merge an entity with an id and read it first.
                entityManager.persist(entry);
            }
        }
        entries.deleteAll(stale.values());
        if (!toExtract.isEmpty()) {
            extraction.afterCommit(meetingId, toExtract);
        }
        return document.items().size();
    }

    /** What an entry needs of an item beyond its document: its type and its appendices. */
    private record ItemFacts(ItemType type, List<ItemView.AppendixView> appendices) {}

    /**
     * The items' type and appendices. A complete document has both, except the appendices' ids, which only matter
     * for appendices with a file (the document links those): when none has one (an imported meeting), the items
     * need not be read again.
     */
    private Map<Long, ItemFacts> factsOf(MeetingDocument document) {
        Map<Long, ItemFacts> facts = new HashMap<>();
        boolean anyFile = document.items().stream()
                .flatMap(item -> item.attachments().stream())
                .anyMatch(attachment -> attachment.url() != null);
        if (anyFile) {
            items.findAll(document.items().stream()
                            .map(MeetingDocument.Item::id)
                            .toList())
                    .forEach(view -> facts.putIfAbsent(view.id(), new ItemFacts(view.type(), view.appendices())));
            return facts;
        }
        for (MeetingDocument.Item item : document.items()) {
            facts.put(
                    item.id(),
                    new ItemFacts(
                            item.type() == null ? null : ItemType.fromLabel(item.type()),
                            item.attachments().stream()
                                    .map(attachment -> new ItemView.AppendixView(
                                            0, attachment.name(), attachment.closed(), null, 0))
                                    .toList()));
        }
        return facts;
    }

    private static boolean hasFile(ItemView.AppendixView appendix) {
        return appendix.size() > 0;
    }

    private Map<Long, String> extractedTexts(java.util.Collection<ItemFacts> facts) {
        List<Long> ids = facts.stream()
                .flatMap(fact -> fact.appendices().stream())
                .filter(EntryBuilder::hasFile)
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

        // Compiled once: String.replaceAll compiles its pattern on every call (every section of every item).
        private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<\\s*(br|/p|/li|/h[1-6]|/tr)\\s*/?>");
        private static final Pattern CELL_END = Pattern.compile("(?i)</t[dh]>");
        private static final Pattern TAG = Pattern.compile("<[^>]*>");
        private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");
        private static final Pattern AROUND_LINE_BREAK = Pattern.compile(" *\n[ \n]*");

        private PlainText() {}

        static String of(String html) {
            if (html == null) {
                return null;
            }
            String text = LINE_BREAK_TAG.matcher(html).replaceAll("\n");
            text = CELL_END.matcher(text).replaceAll(" ");
            text = TAG.matcher(text).replaceAll("");
            text = HtmlUtils.htmlUnescape(text);
            text = SPACES.matcher(text).replaceAll(" ");
            return AROUND_LINE_BREAK.matcher(text).replaceAll("\n").strip();
        }
    }
}
