package dk.punkt.publishing;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.punkt.items.ItemState;
import dk.punkt.meetings.MeetingState;
import dk.punkt.minutes.Outcome;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One meeting as a document (DESIGN.md §3): the shape that the pages, the export, the API and the import share.
 * It is finished: closed content is already left out for the audience it was made for.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record MeetingDocument(
        Long id,
        String committee,
        Kind kind,
        MeetingState state,
        LocalDate date,
        LocalTime startTime,
        String location,
        List<Person> participants,
        List<Person> absent,
        List<TimetableEntry> timetable,
        List<Item> items) {

    /** Lists are never null, so that documents read from JSON without them behave like empty ones. */
    public MeetingDocument {
        participants = participants == null ? List.of() : List.copyOf(participants);
        absent = absent == null ? List.of() : List.copyOf(absent);
        timetable = timetable == null ? List.of() : List.copyOf(timetable);
        items = items == null ? List.of() : List.copyOf(items);
    }

    public enum Kind {
        DAGSORDEN,
        REFERAT
    }

    /**
     * The name a download of this meeting's document is saved under, readable and ASCII-safe for every browser's
     * download dialog, e.g. "referat-chefforum-2024-06-06-samlet.pdf":
     * {@code kind} as a word (an approved meeting's agenda is still a "dagsorden"), the committee in ASCII, the date,
     * then {@code suffix} and {@code extension}.
     */
    public String fileName(Kind kind, String suffix, String extension) {
        String committeeSlug = committee
                .toLowerCase(java.util.Locale.ROOT)
                .replace("æ", "ae")
                .replace("ø", "oe")
                .replace("å", "aa")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + committeeSlug + "-" + date + suffix + "."
                + extension;
    }

    /** "REFERAT Chefforum d. 06-06-2024", the corpus title. */
    public String title() {
        return kind.name() + " " + committee + " d. " + dk.punkt.web.Formats.shortDate(date);
    }

    /**
     * A participant or an absentee. {@code note} says when someone came late or left early, as Danish minutes print
     * it after the name: "deltog fra punkt 3", "forlod mødet under punkt 5" (null when they were there throughout).
     */
    public record Person(
            String name,
            String title,
            @JsonInclude(JsonInclude.Include.NON_NULL) String note) {

        public Person(String name, String title) {
            this(name, title, null);
        }

        /** "Henrik Harder (Kommunaldirektør) – deltog fra punkt 3", as the participants block prints a person. */
        public String printed() {
            return name
                    + (title == null || title.isBlank() ? "" : " (" + title + ")")
                    + (note == null || note.isBlank() ? "" : " – " + note);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TimetableEntry(String kind, Integer number, LocalTime start, LocalTime end, int minutes) {}

    /**
     * An item. {@code withheld} is true when the audience may not see a closed item's content: then only number,
     * title and case number are kept. {@code withheldAttachments} counts closed appendices left out.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Item(
            Long id,
            int number,
            String title,
            String caseNumber,
            String type,
            String responsible,
            Integer minutes,
            boolean closed,
            ItemState state,
            List<Section> sections,
            Recommendation recommendation,
            String decision,
            Outcome outcome,
            List<Attachment> attachments,
            @com.fasterxml.jackson.annotation.JsonIgnore boolean withheld,
            @com.fasterxml.jackson.annotation.JsonIgnore int withheldAttachments,
            LocalDate postponedFrom) {

        public Item {
            sections = sections == null ? List.of() : List.copyOf(sections);
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }

        /** An item that was not postponed from an earlier meeting (the shape before {@code postponedFrom}). */
        public Item(
                Long id,
                int number,
                String title,
                String caseNumber,
                String type,
                String responsible,
                Integer minutes,
                boolean closed,
                ItemState state,
                List<Section> sections,
                Recommendation recommendation,
                String decision,
                Outcome outcome,
                List<Attachment> attachments,
                boolean withheld,
                int withheldAttachments) {
            this(
                    id,
                    number,
                    title,
                    caseNumber,
                    type,
                    responsible,
                    minutes,
                    closed,
                    state,
                    sections,
                    recommendation,
                    decision,
                    outcome,
                    attachments,
                    withheld,
                    withheldAttachments,
                    null);
        }

        /** "Udsat fra mødet den 12. marts 2026", as the document prints it under the case number; null if not. */
        public String postponedNote() {
            return postponedFrom == null
                    ? null
                    : "Udsat fra mødet den "
                            + postponedFrom.format(java.time.format.DateTimeFormatter.ofPattern(
                                    "d. MMMM yyyy", java.util.Locale.forLanguageTag("da-DK")));
        }

        /** The same item marked as postponed from the meeting held on {@code date} ("Udsat fra mødet den …"). */
        public Item postponedFrom(LocalDate date) {
            return new Item(
                    id,
                    number,
                    title,
                    caseNumber,
                    type,
                    responsible,
                    minutes,
                    closed,
                    state,
                    sections,
                    recommendation,
                    decision,
                    outcome,
                    attachments,
                    withheld,
                    withheldAttachments,
                    date);
        }

        /** A closed item as readers without access see it: number, title, case number and type, nothing else. */
        public static Item withheld(
                Long id, int number, String title, String caseNumber, String type, ItemState state) {
            return new Item(
                    id,
                    number,
                    title,
                    caseNumber,
                    type,
                    null,
                    null,
                    true,
                    state,
                    List.of(),
                    null,
                    null,
                    null,
                    List.of(),
                    true,
                    0);
        }
    }

    /** A section in document order; {@code text} is the sanitised HTML subset. */
    public record Section(String name, String text) {}

    public record Recommendation(String by, List<String> clauses) {

        public Recommendation {
            clauses = clauses == null ? List.of() : List.copyOf(clauses);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Attachment(String name, boolean closed, String url) {}
}
