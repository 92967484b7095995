package dk.punkt.items;

import dk.punkt.cases.CaseFileService;
import dk.punkt.cases.CaseNumber;
import dk.punkt.items.internal.AgendaItem;
import dk.punkt.items.internal.AgendaItemRepository;
import dk.punkt.items.internal.Appendix;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Agenda items: creation with validation and sanitising, lookups, and the approval and agenda workflow. */
@Service
@Transactional
public class ItemService {

    static final int MAX_TITLE = 300;
    static final int MAX_RESPONSIBLE = 200;
    static final int MAX_RECOMMENDED_BY = 300;
    static final int MAX_CLAUSE = 4000;
    static final int MAX_COMMENT = 2000;
    static final int MAX_APPENDIX_NAME = 300;
    static final int MAX_CONTENT_TYPE = 200;
    static final int MAX_SECTION_NAME = 100;

    /** States in which an item waits in its committee's backlog, ready to go on an agenda. */
    private static final EnumSet<ItemState> BACKLOG = EnumSet.of(ItemState.GODKENDT, ItemState.UDSAT);

    private final AgendaItemRepository repository;
    private final CaseFileService caseFiles;

    ItemService(AgendaItemRepository repository, CaseFileService caseFiles) {
        this.repository = repository;
        this.caseFiles = caseFiles;
    }

    /**
     * Creates an item in state {@link ItemState#KLADDE}.
     *
     * @throws dk.punkt.cases.InvalidCaseNumberException if the case number is malformed (names the part)
     * @throws IllegalArgumentException if the title, minutes, a section name or another value is not acceptable
     */
    public ItemView create(NewItem c) {
        return create(c, true);
    }

    /**
     * Creates an item from an existing document (import, demo): headings outside the template are kept as sections
     * with their own name, in the document's order, instead of being refused.
     */
    public ItemView createFromDocument(NewItem c) {
        return create(c, false);
    }

    private ItemView create(NewItem c, boolean templateSectionsOnly) {
        Objects.requireNonNull(c, "new item");
        String title = required("title", c.title(), MAX_TITLE);
        CaseNumber caseNumber =
                c.caseNumber() == null || c.caseNumber().isBlank() ? null : CaseNumber.parse(c.caseNumber());
        if (c.minutes() != null && c.minutes() < 0) {
            throw new IllegalArgumentException("minutes must be 0 or more, was " + c.minutes());
        }
        List<ItemView.Section> sections = c.sections() == null ? List.of() : c.sections();
        for (ItemView.Section section : sections) {
            if (section == null || section.name() == null || section.name().isBlank()) {
                throw new IllegalArgumentException("A section has no name (item '" + title + "')");
            }
            if (templateSectionsOnly && !SectionNames.isTemplateSection(section.name())) {
                throw new IllegalArgumentException(
                        "Unknown section '" + section.name() + "'; expected one of " + SectionNames.TEMPLATE);
            }
            if (section.name().length() > MAX_SECTION_NAME) {
                throw new IllegalArgumentException(
                        "Section name '" + section.name().substring(0, 40) + "…' is longer than " + MAX_SECTION_NAME
                                + " characters (item '" + title + "')");
            }
        }

        AgendaItem item = new AgendaItem(
                c.committeeId(),
                c.meetingId(),
                title,
                caseNumber == null ? null : caseNumber.toString(),
                c.type(),
                optional("responsible", c.responsible(), MAX_RESPONSIBLE),
                c.minutes(),
                c.closed());
        for (ItemView.Section section : sections) {
            item.addSection(section.name(), RichText.sanitize(section.text()));
        }
        if (c.recommendation() != null) {
            ItemView.Recommendation r = c.recommendation();
            List<String> clauses = new ArrayList<>();
            if (r.clauses() != null) {
                for (String clause : r.clauses()) {
                    if (clause != null && !clause.isBlank()) {
                        clauses.add(required("recommendation clause", clause, MAX_CLAUSE));
                    }
                }
            }
            item.setRecommendation(optional("recommended by", r.by(), MAX_RECOMMENDED_BY), clauses);
        }
        if (caseNumber != null) {
            caseFiles.register(caseNumber, title);
        }
        return repository.save(item).toView();
    }

    @Transactional(readOnly = true)
    public Optional<ItemView> find(long id) {
        return repository.findById(id).map(AgendaItem::toView);
    }

    /** The recommender's comment from the last return for changes; empty when none, or once resubmitted. */
    @Transactional(readOnly = true)
    public Optional<String> findReturnComment(long id) {
        return repository.findById(id).map(AgendaItem::returnComment);
    }

    /** The items with these ids, in the order given; unknown ids are left out. */
    @Transactional(readOnly = true)
    public List<ItemView> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, AgendaItem> byId =
                repository.findAllById(ids).stream().collect(Collectors.toMap(AgendaItem::id, Function.identity()));
        return ids.stream()
                .map(byId::get)
                .filter(Objects::nonNull)
                .map(AgendaItem::toView)
                .toList();
    }

    /** Items planned for or placed on a meeting, by id. */
    @Transactional(readOnly = true)
    public List<ItemView> findByMeeting(long meetingId) {
        return repository.findByMeetingIdOrderByIdAsc(meetingId).stream()
                .map(AgendaItem::toView)
                .toList();
    }

    /** A case's items across meetings, by id. */
    @Transactional(readOnly = true)
    public List<ItemView> findByCaseNumber(CaseNumber number) {
        Objects.requireNonNull(number, "case number");
        return repository.findByCaseNumberOrderByIdAsc(number.toString()).stream()
                .map(AgendaItem::toView)
                .toList();
    }

    /** A committee's items ready for an agenda (approved or postponed), by id. */
    @Transactional(readOnly = true)
    public List<ItemView> findBacklog(long committeeId) {
        return repository.findByCommitteeIdAndStateInOrderByIdAsc(committeeId, BACKLOG).stream()
                .map(AgendaItem::toView)
                .toList();
    }

    public ItemView submit(long id) {
        return change(id, AgendaItem::submit);
    }

    public ItemView approve(long id) {
        return change(id, AgendaItem::approve);
    }

    public ItemView returnForChanges(long id, String comment) {
        String checked = optional("comment", comment, MAX_COMMENT);
        return change(id, item -> item.returnForChanges(checked));
    }

    /** Records that the item is on the meeting's agenda; the meeting's own agenda is kept by the meetings module. */
    public ItemView placeOnAgenda(long id, long meetingId) {
        return change(id, item -> item.placeOnAgenda(meetingId));
    }

    public ItemView markTreated(long id) {
        return change(id, AgendaItem::markTreated);
    }

    public ItemView postpone(long id) {
        return change(id, AgendaItem::postpone);
    }

    public ItemView withdraw(long id) {
        return change(id, AgendaItem::withdraw);
    }

    /** Adds an appendix's metadata; the file is stored separately. */
    public ItemView.AppendixView addAppendix(long itemId, String name, boolean closed, String contentType, long size) {
        String checkedName = required("appendix name", name, MAX_APPENDIX_NAME);
        String checkedType = optional("content type", contentType, MAX_CONTENT_TYPE);
        if (size < 0) {
            throw new IllegalArgumentException("appendix size must be 0 or more, was " + size);
        }
        AgendaItem item = load(itemId);
        Appendix appendix = item.addAppendix(checkedName, closed, checkedType, size, Instant.now());
        // The item is managed: flushing cascades the insert to this very instance, which then has its id.
        repository.flush();
        return appendix.toView();
    }

    private ItemView change(long id, Consumer<AgendaItem> step) {
        AgendaItem item = load(id);
        step.accept(item);
        // Flush so the new version number is in the view returned.
        repository.flush();
        return item.toView();
    }

    private AgendaItem load(long id) {
        return repository.findById(id).orElseThrow(() -> new ItemNotFoundException(id));
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return checkLength(field, value.strip(), max);
    }

    private static String optional(String field, String value, int max) {
        return value == null || value.isBlank() ? null : checkLength(field, value.strip(), max);
    }

    private static String checkLength(String field, String value, int max) {
        if (value.length() > max) {
            throw new IllegalArgumentException(
                    field + " must be at most " + max + " characters, was " + value.length());
        }
        return value;
    }
}
