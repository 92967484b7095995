package dk.punkt.search.internal;

import dk.punkt.items.ItemType;
import dk.punkt.minutes.Outcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.type.SqlTypes;

/**
 * What is searchable about one item of a published meeting, as plain text. Derived data: the search module rebuilds
 * it from the meeting document and the item (so it is not audited and has no version), and Hibernate Search indexes
 * it. Texts of closed items and of closed appendices are indexed in fields that queries only search for those who
 * may see them (see {@link SearchQueries}).
 */
@Entity
@Table(name = "search_entry")
@Indexed(index = SearchEntry.INDEX)
public class SearchEntry {

    public static final String INDEX = "search_entry";

    @Id
    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "committee_id", nullable = false)
    @GenericField(projectable = Projectable.YES)
    private long committeeId;

    @Column(name = "committee_name", nullable = false, length = 200)
    @KeywordField(projectable = Projectable.YES)
    private String committeeName;

    @Column(name = "meeting_id", nullable = false)
    @GenericField(projectable = Projectable.YES)
    private long meetingId;

    @Column(name = "meeting_date", nullable = false)
    @GenericField(projectable = Projectable.YES, sortable = Sortable.YES)
    private LocalDate meetingDate;

    @Column(name = "meeting_year", nullable = false)
    @GenericField(name = "year")
    private int meetingYear;

    @Column(name = "item_number", nullable = false)
    @GenericField(name = "number", projectable = Projectable.YES, sortable = Sortable.YES)
    private int itemNumber;

    @Column(nullable = false, length = 1000)
    @FullTextField(
            analyzer = DanishAnalyzers.INDEX,
            searchAnalyzer = DanishAnalyzers.QUERY,
            projectable = Projectable.YES)
    private String title;

    @Column(name = "case_number", length = 100)
    @KeywordField(normalizer = DanishAnalysisConfigurer.LOWERCASE, projectable = Projectable.YES)
    @FullTextField(name = "caseNumberText", analyzer = DanishAnalyzers.INDEX, searchAnalyzer = DanishAnalyzers.QUERY)
    private String caseNumber;

    @Column(name = "kle_group", length = 10)
    @KeywordField(name = "kle")
    private String kleGroup;

    /**
     * The five facet keys (committee, year, item type, outcome, KLE group) packed into one number ({@link FacetKey}):
     * the search counts all five facets from one doc value per matching document (docs/performance-search.md,
     * sessions 4 and 5).
     */
    @Transient
    @GenericField(name = FacetKey.FIELD, aggregable = Aggregable.YES, searchable = Searchable.NO)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "committeeId")),
                @ObjectPath(@PropertyValue(propertyName = "meetingYear")),
                @ObjectPath(@PropertyValue(propertyName = "itemType")),
                @ObjectPath(@PropertyValue(propertyName = "outcome")),
                @ObjectPath(@PropertyValue(propertyName = "kleGroup"))
            })
    public long getFacetKey() {
        return FacetKey.of(committeeId, meetingYear, itemType, outcome, kleCode());
    }

    /** The KLE group as a number ("13.02" → 1302), or null. */
    private Integer kleCode() {
        return kleGroup == null
                ? null
                : Integer.parseInt(kleGroup.substring(0, 2)) * 100 + Integer.parseInt(kleGroup.substring(3, 5));
    }

    /** "13.02" of 1302. */
    static String kleGroupOfCode(Integer code) {
        return String.format(java.util.Locale.ROOT, "%02d.%02d", code / 100, code % 100);
    }

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "item_type", length = 40)
    @KeywordField(name = "type")
    private ItemType itemType;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 40)
    @KeywordField
    private Outcome outcome;

    @Column(nullable = false)
    @GenericField(projectable = Projectable.YES)
    private boolean closed;

    @Column(length = 1_000_000)
    private String sections;

    @Column(length = 1_000_000)
    private String recommendation;

    @Column(length = 1_000_000)
    private String decision;

    @Column(name = "appendix_open", length = 1_000_000)
    private String appendixOpen;

    @Column(name = "appendix_closed", length = 1_000_000)
    private String appendixClosed;

    /** A decision recorded before the minutes are approved: for staff and the committee's members only. */
    @Column(name = "draft_decision", length = 1_000_000)
    private String draftDecision;

    /**
     * What only those with access to the committee's closed content may search: closed appendices and a decision
     * not yet approved. One field, so the query and the highlighter have one field more for them, not two.
     */
    @Transient
    @FullTextField(
            analyzer = DanishAnalyzers.INDEX,
            searchAnalyzer = DanishAnalyzers.QUERY,
            highlightable = Highlightable.NO,
            projectable = Projectable.YES)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "appendixClosed")),
                @ObjectPath(@PropertyValue(propertyName = "draftDecision"))
            })
    public String getRestrictedText() {
        return join(appendixClosed, draftDecision);
    }

    /**
     * Everything open about the item in one field: sections, recommendation, decision and open appendices. One field
     * rather than four keeps queries and highlighting cheap (each highlighted field costs per hit). Whether it may be
     * searched for a closed item is the query's business.
     */
    @Transient
    @FullTextField(
            analyzer = DanishAnalyzers.INDEX,
            searchAnalyzer = DanishAnalyzers.QUERY,
            highlightable = Highlightable.NO,
            projectable = Projectable.YES)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "sections")),
                @ObjectPath(@PropertyValue(propertyName = "recommendation")),
                @ObjectPath(@PropertyValue(propertyName = "decision")),
                @ObjectPath(@PropertyValue(propertyName = "appendixOpen"))
            })
    public String getOpenText() {
        return join(sections, recommendation, decision, appendixOpen);
    }

    private static String join(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                text.append(part);
            }
        }
        return text.toString();
    }

    @Column(name = "indexed_at", nullable = false)
    private Instant indexedAt;

    protected SearchEntry() {}

    public SearchEntry(long itemId) {
        this.itemId = itemId;
    }

    /** Everything but the appendix texts, from the meeting document and the item. */
    public void describe(
            long committeeId,
            String committeeName,
            long meetingId,
            LocalDate meetingDate,
            int itemNumber,
            String title,
            String caseNumber,
            ItemType itemType,
            Outcome outcome,
            boolean closed,
            String sections,
            String recommendation,
            String decision,
            Instant at) {
        this.committeeId = committeeId;
        this.committeeName = committeeName;
        this.meetingId = meetingId;
        this.meetingDate = meetingDate;
        this.meetingYear = meetingDate.getYear();
        this.itemNumber = itemNumber;
        this.title = title;
        this.caseNumber = caseNumber == null || caseNumber.isBlank() ? null : caseNumber.strip();
        this.kleGroup = kleGroupOf(this.caseNumber);
        this.itemType = itemType;
        this.outcome = outcome;
        this.closed = closed;
        this.sections = sections;
        this.recommendation = recommendation;
        this.decision = decision;
        this.indexedAt = at;
    }

    public void appendixTexts(String open, String closedText) {
        this.appendixOpen = open;
        this.appendixClosed = closedText;
    }

    /** The decision recorded so far while the minutes are not approved (null once it is in {@code decision}). */
    public void draftDecision(String text) {
        this.draftDecision = text == null || text.isBlank() ? null : text;
    }

    /** "00.01" of "00.01.00-P35-7-23": the KLE main group and group, the facet for case numbers. */
    static String kleGroupOf(String caseNumber) {
        if (caseNumber == null
                || caseNumber.length() < 5
                || !caseNumber.substring(0, 5).matches("\\d\\d\\.\\d\\d")) {
            return null;
        }
        return caseNumber.substring(0, 5);
    }

    public Long getItemId() {
        return itemId;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getCommitteeId() {
        return committeeId;
    }

    public String getTitle() {
        return title;
    }

    public boolean isClosed() {
        return closed;
    }
}
