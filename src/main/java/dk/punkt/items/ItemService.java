package dk.punkt.items;

import dk.punkt.accounts.AccountService;
import dk.punkt.accounts.CurrentUser;
import dk.punkt.cases.CaseFileService;
import dk.punkt.cases.CaseNumber;
import dk.punkt.items.internal.AgendaItem;
import dk.punkt.items.internal.AgendaItemRepository;
import dk.punkt.items.internal.Appendix;
import dk.punkt.items.internal.ItemRevisions;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
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

    /** States of an author's own items that are still in their hands or waiting for approval. */
    private static final EnumSet<ItemState> IN_WORK = EnumSet.of(ItemState.KLADDE, ItemState.TIL_GODKENDELSE);

    private final AgendaItemRepository repository;
    private final CaseFileService caseFiles;
    private final AccountService accounts;
    private final ItemRevisions revisions;
    private final ApplicationEventPublisher events;

    ItemService(
            AgendaItemRepository repository,
            CaseFileService caseFiles,
            AccountService accounts,
            ItemRevisions revisions,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.caseFiles = caseFiles;
        this.accounts = accounts;
        this.revisions = revisions;
        this.events = events;
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

    /**
     * Creates an item from an existing document directly in the state it reached there (import): on the agenda of
     * {@code meetingId}, and treated when {@code treated}, with its appendices (metadata only, size 0). The item
     * still walks its lifecycle (submit, approve, place on the agenda, treat) through its own rules, but in memory,
     * so it is written with one insert instead of one update per step. Returns the new item's view.
     *
     * @throws dk.punkt.cases.InvalidCaseNumberException if the case number is malformed (names the part)
     * @throws IllegalArgumentException if the title, minutes, an appendix name or another value is not acceptable
     */
    public ItemView createImported(NewItem c, long meetingId, List<ImportedAppendix> appendices, boolean treated) {
        Objects.requireNonNull(c, "new item");
        Content content = checkedContent(
                c.title(), c.caseNumber(), c.minutes(), c.responsible(), c.sections(), c.recommendation(), false);
        AgendaItem item = new AgendaItem(
                c.committeeId(),
                meetingId,
                content.title(),
                content.caseNumber(),
                c.type(),
                content.responsible(),
                c.minutes(),
                c.closed());
        for (ItemView.Section section : content.sections()) {
            item.addSection(section.name(), section.text());
        }
        if (c.recommendation() != null) {
            item.setRecommendation(content.recommendedBy(), content.clauses());
        }
        item.recordAuthor(accounts.current().map(CurrentUser::username).orElse(null));
        Instant now = Instant.now();
        for (ImportedAppendix appendix : appendices) {
            item.addAppendix(
                    required("appendix name", appendix.name(), MAX_APPENDIX_NAME),
                    appendix.closed(),
                    optional("content type", appendix.contentType(), MAX_CONTENT_TYPE),
                    0,
                    now);
        }
        item.submit();
        item.approve();
        item.placeOnAgenda(meetingId);
        if (treated) {
            item.markTreated();
        }
        registerCase(content);
        // The view as the item is read back later: its ids (sequences) are set when it is saved.
        return repository.save(item).toView();
    }

    private ItemView create(NewItem c, boolean templateSectionsOnly) {
        Objects.requireNonNull(c, "new item");
        Content content = checkedContent(
                c.title(),
                c.caseNumber(),
                c.minutes(),
                c.responsible(),
                c.sections(),
                c.recommendation(),
                templateSectionsOnly);
        AgendaItem item = new AgendaItem(
                c.committeeId(),
                c.meetingId(),
                content.title(),
                content.caseNumber(),
                c.type(),
                content.responsible(),
                c.minutes(),
                c.closed());
        for (ItemView.Section section : content.sections()) {
            item.addSection(section.name(), section.text());
        }
        if (c.recommendation() != null) {
            item.setRecommendation(content.recommendedBy(), content.clauses());
        }
        item.recordAuthor(accounts.current().map(CurrentUser::username).orElse(null));
        registerCase(content);
        return repository.save(item).toView();
    }

    /**
     * Saves the author's changes to a draft (state KLADDE, also when returned), provided nobody has saved the item
     * since the caller read {@code expectedVersion}. Concurrent saves take turns on the item's row; of several saves
     * from the same version exactly one lands.
     *
     * @throws ItemConflictException if the stored version is not {@code expectedVersion}; nothing is changed
     * @throws ItemStateException if the item is not a draft
     * @throws dk.punkt.cases.InvalidCaseNumberException if the case number is malformed (names the part)
     * @throws IllegalArgumentException if the title, minutes, a section name or another value is not acceptable
     */
    public ItemView update(long id, long expectedVersion, ItemChanges changes) {
        Objects.requireNonNull(changes, "item changes");
        Content content = checkedContent(
                changes.title(),
                changes.caseNumber(),
                changes.minutes(),
                changes.responsible(),
                changes.sections(),
                changes.recommendation(),
                true);
        AgendaItem item;
        try {
            item = repository.findForUpdate(id).orElseThrow(() -> new ItemNotFoundException(id));
        } catch (PessimisticLockingFailureException e) {
            // Another save held the row too long: refuse visibly rather than wait forever.
            throw new ItemConflictException(id, expectedVersion, expectedVersion + 1);
        }
        if (item.version() != expectedVersion) {
            throw new ItemConflictException(id, expectedVersion, item.version());
        }
        item.edit(
                changes.meetingId(),
                content.title(),
                content.caseNumber(),
                changes.type(),
                content.responsible(),
                changes.minutes(),
                changes.closed(),
                content.sections(),
                content.recommendedBy(),
                content.clauses());
        registerCase(content);
        try {
            repository.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ItemConflictException(id, expectedVersion, expectedVersion + 1);
        }
        return item.toView();
    }

    /** An item's content after validation and sanitising. */
    private record Content(
            String title,
            String caseNumber,
            String responsible,
            List<ItemView.Section> sections,
            String recommendedBy,
            List<String> clauses,
            CaseNumber parsedCaseNumber) {}

    private Content checkedContent(
            String rawTitle,
            String rawCaseNumber,
            Integer minutes,
            String rawResponsible,
            List<ItemView.Section> rawSections,
            ItemView.Recommendation recommendation,
            boolean templateSectionsOnly) {
        String title = required("title", rawTitle, MAX_TITLE);
        CaseNumber caseNumber =
                rawCaseNumber == null || rawCaseNumber.isBlank() ? null : CaseNumber.parse(rawCaseNumber);
        if (minutes != null && minutes < 0) {
            throw new IllegalArgumentException("minutes must be 0 or more, was " + minutes);
        }
        List<ItemView.Section> sections = rawSections == null ? List.of() : rawSections;
        List<ItemView.Section> cleanSections = new ArrayList<>();
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
            cleanSections.add(new ItemView.Section(section.name(), RichText.sanitize(section.text())));
        }
        String recommendedBy = null;
        List<String> clauses = new ArrayList<>();
        if (recommendation != null) {
            if (recommendation.clauses() != null) {
                for (String clause : recommendation.clauses()) {
                    if (clause != null && !clause.isBlank()) {
                        clauses.add(required("recommendation clause", clause, MAX_CLAUSE));
                    }
                }
            }
            recommendedBy = optional("recommended by", recommendation.by(), MAX_RECOMMENDED_BY);
        }
        return new Content(
                title,
                caseNumber == null ? null : caseNumber.toString(),
                optional("responsible", rawResponsible, MAX_RESPONSIBLE),
                cleanSections,
                recommendedBy,
                clauses,
                caseNumber);
    }

    private void registerCase(Content content) {
        if (content.parsedCaseNumber() != null) {
            caseFiles.register(content.parsedCaseNumber(), content.title());
        }
    }

    /** The user's own drafts (returned ones with the recommender's comment) and items waiting for approval. */
    @Transactional(readOnly = true)
    public List<ItemListing> findInWorkBy(String username) {
        return repository.findByCreatedByAndStateInOrderByIdDesc(username, IN_WORK).stream()
                .map(ItemService::listing)
                .toList();
    }

    /** Items submitted for approval, oldest first. */
    @Transactional(readOnly = true)
    public List<ItemListing> findAwaitingApproval() {
        return repository.findByStateOrderByIdAsc(ItemState.TIL_GODKENDELSE).stream()
                .map(ItemService::listing)
                .toList();
    }

    /** The item with its author and return comment. */
    @Transactional(readOnly = true)
    public Optional<ItemListing> findListing(long id) {
        return repository.findById(id).map(ItemService::listing);
    }

    /** Every step of the item's history, oldest first: who did what, when. */
    @Transactional(readOnly = true)
    public List<ItemHistoryEntry> history(long id) {
        load(id);
        return revisions.history(id);
    }

    private static ItemListing listing(AgendaItem item) {
        return new ItemListing(item.toView(), item.createdBy(), item.returnComment());
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
                repository.findByIdIn(ids).stream().collect(Collectors.toMap(AgendaItem::id, Function.identity()));
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
        events.publishEvent(new AppendixAdded(itemId, appendix.id()));
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
