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
     * Rebuilds several meetings in the order given, each from its frozen document where {@code documents} has one
     * (else as {@link #rebuild(long)}), reading the entries of all those with a document in two queries instead of
     * two per meeting. Call within a transaction that does not flush before its queries (the entries read are those
     * the database held when the rebuild started, as when each meeting reads its own). Returns the entries written.
     */
    public int rebuildAll(List<Long> meetingIds, Map<Long, DocumentFrozen> documents) {
        Map<Long, MeetingDocument> frozen = new HashMap<>();
        for (long meetingId : meetingIds) {
            DocumentFrozen document = documents.get(meetingId);
            if (document != null) {
                frozen.put(meetingId, document.document());
            }
        }
        Existing existing = existing(frozen);
        int total = 0;
        for (long meetingId : meetingIds) {
            DocumentFrozen document = documents.get(meetingId);
            total += document == null
                    ? rebuild(meetingId)
                    : rebuild(
                            meetingId,
                            document.committeeId(),
                            document.document(),
                            existing.ofMeeting(meetingId),
                            existing.byItem());
        }
        return total;
    }

    private int rebuild(long meetingId, long committeeId, MeetingDocument document) {
        Existing existing = existing(Map.of(meetingId, document));
        return rebuild(meetingId, committeeId, document, existing.ofMeeting(meetingId), existing.byItem());
    }

    /** The entries that exist for some meetings' items: by meeting (indexed with it) and by item (any meeting). */
    private record Existing(Map<Long, Map<Long, SearchEntry>> byMeeting, Map<Long, SearchEntry> byItem) {

        Map<Long, SearchEntry> ofMeeting(long meetingId) {
            return byMeeting.getOrDefault(meetingId, new HashMap<>());
        }
    }

    /**
     * The entries of these meetings and of their documents' items, in two queries: those indexed with the meetings,
     * then those of items indexed with another meeting before (moved items).
     */
    private Existing existing(Map<Long, MeetingDocument> documents) {
        Map<Long, Map<Long, SearchEntry>> byMeeting = new HashMap<>();
        Map<Long, SearchEntry> byItem = new HashMap<>();
        if (documents.isEmpty()) {
            return new Existing(byMeeting, byItem);
        }
        for (SearchEntry entry : entries.findByMeetingIdIn(List.copyOf(documents.keySet()))) {
            byMeeting
                    .computeIfAbsent(entry.getMeetingId(), id -> new HashMap<>())
                    .put(entry.getItemId(), entry);
            byItem.put(entry.getItemId(), entry);
        }
        List<Long> elsewhere = documents.values().stream()
                .flatMap(document -> document.items().stream())
                .map(MeetingDocument.Item::id)
                .filter(id -> !byItem.containsKey(id))
                .distinct()
                .toList();
        if (!elsewhere.isEmpty()) {
            entries.findAllById(elsewhere).forEach(entry -> byItem.put(entry.getItemId(), entry));
        }
        return new Existing(byMeeting, byItem);
    }

    /**
     * Writes the meeting's entries: {@code stale} are the entries indexed with this meeting (those of items it no
     * longer has are deleted), {@code moved} has the entries of its other items that exist (indexed with another
     * meeting); it may hold more.
     */
    private int rebuild(
            long meetingId,
            long committeeId,
            MeetingDocument document,
            Map<Long, SearchEntry> stale,
            Map<Long, SearchEntry> moved) {
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

    /**
     * Plain text of the sanitised HTML subset: tags become spaces or line breaks, entities are decoded. The steps are
     * those of five regular expressions applied one after the other (until session 6; kept in PlainTextTest, which
     * compares the two on the corpus, generated and malformed HTML), each written out as a loop over the text:
     * <ol>
     *   <li>a line-break tag ({@code br}, {@code /p}, {@code /li}, {@code /h1}–{@code /h6}, {@code /tr}, any case, with
     *       optional white space and a closing slash) → line break and {@code (?i)</t[dh]>} → space, in one
     *       scan: a match of either starts at a {@code <}, ends at the first {@code >} after it and holds no other
     *       {@code <} or {@code >}, so no two matches overlap, and the one's replacement cannot make or break a match
     *       of the other;
     *   <li>{@code <[^>]*>} → nothing: from a {@code <} to the next {@code >} (a {@code <} without one ends the
     *       matches: no later {@code <} has one either);
     *   <li>entities decoded (only when there is an {@code &});
     *   <li>runs of space, tab, vertical tab, form feed and carriage return → one space;
     *   <li>spaces, a line break, then spaces and line breaks → one line break; then strip.
     * </ol>
     */
    static final class PlainText {

        private PlainText() {}

        static String of(String html) {
            if (html == null) {
                return null;
            }
            String text = html;
            if (text.indexOf('<') >= 0) {
                text = removeTags(breaksAndCells(text));
            }
            if (text.indexOf('&') >= 0) {
                text = HtmlUtils.htmlUnescape(text);
            }
            return lineBreaks(spaces(text)).strip();
        }

        /** Step 1. */
        static String breaksAndCells(String text) {
            StringBuilder out = null;
            int copied = 0;
            int length = text.length();
            for (int i = text.indexOf('<'); i >= 0 && i < length; i = text.indexOf('<', i)) {
                int end = lineBreakTagEnd(text, i);
                char replacement = '\n';
                if (end < 0) {
                    end = cellEndEnd(text, i);
                    replacement = ' ';
                }
                if (end < 0) {
                    i++;
                    continue;
                }
                if (out == null) {
                    out = new StringBuilder(length);
                }
                out.append(text, copied, i).append(replacement);
                copied = end;
                i = end;
            }
            if (out == null) {
                return text;
            }
            return out.append(text, copied, length).toString();
        }

        /**
         * The end (exclusive) of the line-break tag at {@code at}: {@code <}, white space, {@code br}, {@code /p},
         * {@code /li}, {@code /h1}–{@code /h6} or {@code /tr} (ASCII case-blind), white space, an optional {@code /},
         * {@code >}; or -1.
         */
        private static int lineBreakTagEnd(String text, int at) {
            int length = text.length();
            int i = skipSpace(text, at + 1);
            if (i >= length) {
                return -1;
            }
            char c = lower(text.charAt(i));
            if (c == 'b') {
                if (i + 1 >= length || lower(text.charAt(i + 1)) != 'r') {
                    return -1;
                }
                i += 2;
            } else if (c == '/') {
                if (i + 1 >= length) {
                    return -1;
                }
                char d = lower(text.charAt(i + 1));
                if (d == 'p') {
                    i += 2;
                } else if ((d == 'l' && i + 2 < length && lower(text.charAt(i + 2)) == 'i')
                        || (d == 't' && i + 2 < length && lower(text.charAt(i + 2)) == 'r')) {
                    i += 3;
                } else if (d == 'h' && i + 2 < length && text.charAt(i + 2) >= '1' && text.charAt(i + 2) <= '6') {
                    i += 3;
                } else {
                    return -1;
                }
            } else {
                return -1;
            }
            i = skipSpace(text, i);
            if (i < length && text.charAt(i) == '/') {
                i++;
            }
            return i < length && text.charAt(i) == '>' ? i + 1 : -1;
        }

        /** The end (exclusive) of {@code </t[dh]>} at {@code at} (ASCII case-blind), or -1. */
        private static int cellEndEnd(String text, int at) {
            if (at + 5 > text.length()
                    || text.charAt(at + 1) != '/'
                    || lower(text.charAt(at + 2)) != 't'
                    || text.charAt(at + 4) != '>') {
                return -1;
            }
            char c = lower(text.charAt(at + 3));
            return c == 'd' || c == 'h' ? at + 5 : -1;
        }

        /** Past the white space of a regular expression's {@code \s}: space, tab, line feed, VT, form feed, CR. */
        private static int skipSpace(String text, int from) {
            int i = from;
            while (i < text.length() && isRegexSpace(text.charAt(i))) {
                i++;
            }
            return i;
        }

        private static boolean isRegexSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
        }

        /** ASCII lower case, as a case-insensitive pattern without UNICODE_CASE compares. */
        private static char lower(char c) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }

        /** Step 2. */
        static String removeTags(String text) {
            int open = text.indexOf('<');
            if (open < 0) {
                return text;
            }
            StringBuilder out = new StringBuilder(text.length());
            int copied = 0;
            while (open >= 0) {
                int close = text.indexOf('>', open + 1);
                if (close < 0) {
                    break;
                }
                out.append(text, copied, open);
                copied = close + 1;
                open = text.indexOf('<', copied);
            }
            return out.append(text, copied, text.length()).toString();
        }

        /** Step 4: runs of space, tab, vertical tab, form feed and carriage return become one space. */
        static String spaces(String text) {
            int length = text.length();
            StringBuilder out = null;
            int copied = 0;
            int i = 0;
            while (i < length) {
                char c = text.charAt(i);
                if (!isHorizontalSpace(c)) {
                    i++;
                    continue;
                }
                int end = i + 1;
                while (end < length && isHorizontalSpace(text.charAt(end))) {
                    end++;
                }
                if (c != ' ' || end - i > 1) {
                    if (out == null) {
                        out = new StringBuilder(length);
                    }
                    out.append(text, copied, i).append(' ');
                    copied = end;
                }
                i = end;
            }
            return out == null ? text : out.append(text, copied, length).toString();
        }

        private static boolean isHorizontalSpace(char c) {
            return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r';
        }

        /** Step 5: spaces before a line break, and spaces and line breaks after it, go; one line break stays. */
        static String lineBreaks(String text) {
            if (text.indexOf('\n') < 0) {
                return text;
            }
            int length = text.length();
            StringBuilder out = new StringBuilder(length);
            int i = 0;
            while (i < length) {
                char c = text.charAt(i);
                if (c != '\n') {
                    out.append(c);
                    i++;
                    continue;
                }
                // The spaces just before (none of them part of an earlier match, which ends in a line break).
                int keep = out.length();
                while (keep > 0 && out.charAt(keep - 1) == ' ') {
                    keep--;
                }
                out.setLength(keep);
                out.append('\n');
                i++;
                while (i < length && (text.charAt(i) == ' ' || text.charAt(i) == '\n')) {
                    i++;
                }
            }
            return out.toString();
        }
    }
}
