package dk.punkt.items.internal;

import dk.punkt.committees.CommitteeView.Placement;
import dk.punkt.items.ItemState;
import dk.punkt.items.ItemStateException;
import dk.punkt.items.ItemType;
import dk.punkt.items.ItemView;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * An agenda item with its sections, recommendation clauses and appendices. Owns its lifecycle: every state change
 * goes through a method here that checks {@link ItemState#canBecome}. Committee and meeting are referenced by id
 * only, as they belong to other modules.
 */
@Entity
@Table(name = "agenda_item")
@Audited
public class AgendaItem {

    @Id
    // A sequence with an allocation size, not identity: Hibernate can then batch the inserts (V4_7_1).
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agenda_item_seq")
    @SequenceGenerator(name = "agenda_item_seq", sequenceName = "agenda_item_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "committee_id", nullable = false)
    private long committeeId;

    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "case_number", length = 40)
    private String caseNumber;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 40)
    private ItemType type;

    @Column(length = 200)
    private String responsible;

    private Integer minutes;

    @Column(nullable = false)
    private boolean closed;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 40)
    private ItemState state;

    @Column(name = "recommended_by", length = 300)
    private String recommendedBy;

    @Column(name = "return_comment", length = 2000)
    private String returnComment;

    /** User name of whoever created the item; null for items from imports and the demo. */
    @Column(name = "created_by", length = 100)
    private String createdBy;

    /**
     * When the author last saved the content. Set on every edit, so the row changes and its version rises even when
     * only sections or clauses (rows of their own) changed.
     */
    @Column(name = "edited_at")
    private Instant editedAt;

    /** FIRST or LAST for a committee's standing item placed by agenda assembly; null for other items. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 40)
    private Placement standing;

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 50)
    private List<ItemSection> sections = new ArrayList<>();

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 50)
    private List<RecommendationClause> clauses = new ArrayList<>();

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @BatchSize(size = 50)
    private List<Appendix> appendices = new ArrayList<>();

    protected AgendaItem() {}

    /** A new item in state {@link ItemState#KLADDE}; values are expected to be validated by the caller. */
    public AgendaItem(
            long committeeId,
            Long meetingId,
            String title,
            String caseNumber,
            ItemType type,
            String responsible,
            Integer minutes,
            boolean closed) {
        this.committeeId = committeeId;
        this.meetingId = meetingId;
        this.title = Objects.requireNonNull(title, "title");
        this.caseNumber = caseNumber;
        this.type = type;
        this.responsible = responsible;
        this.minutes = minutes;
        this.closed = closed;
        this.state = ItemState.KLADDE;
    }

    // --- contents ---

    /** Records who wrote the item, once, when it is created. */
    public void recordAuthor(String username) {
        if (this.createdBy == null) {
            this.createdBy = username;
        }
    }

    /**
     * Replaces the author's content of a draft (also a returned one). Values are expected to be validated by the
     * caller; the state rule is kept here: only drafts are edited, approved items are not changed behind the
     * recommender's back.
     */
    public void edit(
            Long meetingId,
            String title,
            String caseNumber,
            ItemType type,
            String responsible,
            Integer minutes,
            boolean closed,
            List<ItemView.Section> newSections,
            String recommendedBy,
            List<String> clauseTexts) {
        if (state != ItemState.KLADDE) {
            throw new ItemStateException(id == null ? 0 : id, state, ItemState.KLADDE);
        }
        this.meetingId = meetingId;
        this.title = Objects.requireNonNull(title, "title");
        this.caseNumber = caseNumber;
        this.type = type;
        this.responsible = responsible;
        this.minutes = minutes;
        this.closed = closed;
        Instant now = Instant.now();
        // Strictly later than the last edit, so the row is dirty even for two edits within the clock's resolution.
        this.editedAt = editedAt != null && !now.isAfter(editedAt) ? editedAt.plusNanos(1000) : now;
        sections.clear();
        for (ItemView.Section section : newSections) {
            addSection(section.name(), section.text());
        }
        setRecommendation(recommendedBy, clauseTexts);
    }

    public void addSection(String name, String text) {
        sections.add(new ItemSection(this, sections.size(), name, text));
    }

    public void setRecommendation(String by, List<String> clauseTexts) {
        this.recommendedBy = by;
        clauses.clear();
        for (String text : clauseTexts) {
            clauses.add(new RecommendationClause(this, clauses.size(), text));
        }
    }

    public Appendix addAppendix(String name, boolean closed, String contentType, long size, Instant uploadedAt) {
        return addAppendix(name, closed, contentType, size, uploadedAt, null);
    }

    /** An appendix whose file is in storage under {@code storageKey}. */
    public Appendix addAppendix(
            String name, boolean closed, String contentType, long size, Instant uploadedAt, String storageKey) {
        Appendix appendix = new Appendix(this, name, closed, contentType, size, uploadedAt);
        appendix.storedAs(storageKey);
        appendices.add(appendix);
        return appendix;
    }

    // --- lifecycle ---

    /** Author hands the item in for approval. */
    public void submit() {
        require(ItemState.KLADDE, ItemState.TIL_GODKENDELSE);
        returnComment = null;
        state = ItemState.TIL_GODKENDELSE;
    }

    /** Approver accepts the item; it is then ready for an agenda. */
    public void approve() {
        require(ItemState.TIL_GODKENDELSE, ItemState.GODKENDT);
        state = ItemState.GODKENDT;
    }

    /** Approver sends the item back to its author with a comment. */
    public void returnForChanges(String comment) {
        if (state != ItemState.TIL_GODKENDELSE && state != ItemState.GODKENDT) {
            throw refused(ItemState.KLADDE);
        }
        moveTo(ItemState.KLADDE);
        returnComment = comment;
    }

    /** Puts an approved or postponed item on a meeting's agenda. */
    public void placeOnAgenda(long meetingId) {
        if (state != ItemState.GODKENDT && state != ItemState.UDSAT) {
            throw refused(ItemState.PÅ_DAGSORDEN);
        }
        moveTo(ItemState.PÅ_DAGSORDEN);
        this.meetingId = meetingId;
    }

    /**
     * Takes the item off the agenda it was placed on (PÅ_DAGSORDEN → GODKENDT); it stays planned for that meeting
     * and is ready for an agenda again.
     */
    public void takeOffAgenda() {
        require(ItemState.PÅ_DAGSORDEN, ItemState.GODKENDT);
    }

    /** Marks the item as one of its committee's standing items, kept first or last on the agenda. */
    public void markStanding(Placement placement) {
        this.standing = Objects.requireNonNull(placement, "placement");
    }

    /** The meeting has dealt with the item. */
    public void markTreated() {
        require(ItemState.PÅ_DAGSORDEN, ItemState.BEHANDLET);
        state = ItemState.BEHANDLET;
    }

    /**
     * The meeting postponed the item: it returns to the backlog. The meeting id is kept, as that meeting's minutes
     * still show the item as postponed; placing it on a later agenda replaces it.
     */
    public void postpone() {
        require(ItemState.PÅ_DAGSORDEN, ItemState.UDSAT);
        state = ItemState.UDSAT;
    }

    /** Withdrawn from any state that allows it; final. */
    public void withdraw() {
        moveTo(ItemState.TRUKKET);
    }

    private void require(ItemState from, ItemState to) {
        if (state != from) {
            throw refused(to);
        }
        moveTo(to);
    }

    private void moveTo(ItemState wanted) {
        if (!state.canBecome(wanted)) {
            throw refused(wanted);
        }
        state = wanted;
    }

    private ItemStateException refused(ItemState wanted) {
        return new ItemStateException(id == null ? 0 : id, state, wanted);
    }

    // --- reading ---

    public ItemView toView() {
        List<ItemView.Section> sectionViews = sections.stream()
                .map(s -> new ItemView.Section(s.name(), s.text()))
                .toList();
        ItemView.Recommendation recommendation = recommendedBy == null && clauses.isEmpty()
                ? null
                : new ItemView.Recommendation(
                        recommendedBy,
                        clauses.stream().map(RecommendationClause::text).toList());
        List<ItemView.AppendixView> appendixViews =
                appendices.stream().map(Appendix::toView).toList();
        return new ItemView(
                id,
                committeeId,
                meetingId,
                title,
                caseNumber,
                type,
                responsible,
                minutes,
                closed,
                state,
                sectionViews,
                recommendation,
                appendixViews,
                version);
    }

    public Long id() {
        return id;
    }

    public ItemState state() {
        return state;
    }

    public Long meetingId() {
        return meetingId;
    }

    public Placement standing() {
        return standing;
    }

    public long committeeId() {
        return committeeId;
    }

    public String title() {
        return title;
    }

    public String returnComment() {
        return returnComment;
    }

    public String createdBy() {
        return createdBy;
    }

    public boolean closed() {
        return closed;
    }

    public long version() {
        return version;
    }

    /** Only for edits of plain fields that carry no rule; used to show optimistic locking. */
    public void retitle(String title) {
        this.title = Objects.requireNonNull(title, "title");
    }
}
