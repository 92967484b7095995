package dk.punkt.minutes.internal;

import dk.punkt.minutes.MinutesVersionKind;
import dk.punkt.minutes.MinutesVersionView;
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
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of a meeting's approved minutes: a frozen copy of every item's decision. Never changed after it is
 * written (no setters, no version column): a correction is the next version.
 */
@Entity
@Table(name = "minutes_version")
public class MinutesVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 40)
    private MinutesVersionKind kind;

    @Column(length = 2000)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @OneToMany(mappedBy = "minutesVersion", cascade = CascadeType.ALL)
    @OrderBy("position")
    @BatchSize(size = 50)
    private List<MinutesVersionItem> items = new ArrayList<>();

    protected MinutesVersion() {}

    public MinutesVersion(
            long meetingId, int number, MinutesVersionKind kind, String reason, Instant createdAt, String createdBy) {
        this.meetingId = meetingId;
        this.number = number;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.reason = reason;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    }

    public void addItem(long itemId, String title, String caseNumber, boolean closed, String decision, String outcome) {
        items.add(new MinutesVersionItem(this, items.size() + 1, itemId, title, caseNumber, closed, decision, outcome));
    }

    public MinutesVersionView toView() {
        return new MinutesVersionView(
                meetingId,
                number,
                kind,
                reason,
                createdAt,
                createdBy,
                items.stream().map(MinutesVersionItem::toView).toList());
    }

    public int number() {
        return number;
    }
}
