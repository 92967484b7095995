package dk.punkt.publishing.internal;

import dk.punkt.publishing.DocumentVersionView;
import dk.punkt.publishing.VersionKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A frozen published document: the full meeting document (closed content included) as JSON, written once and never
 * changed, so neither Envers history nor a version column is needed.
 */
@Entity
@Table(name = "document_version")
public class DocumentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "committee_id", nullable = false)
    private long committeeId;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 40)
    private VersionKind kind;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(length = 500)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(nullable = false, length = 1_000_000)
    private String content;

    protected DocumentVersion() {}

    public DocumentVersion(
            long meetingId,
            long committeeId,
            int number,
            VersionKind kind,
            String label,
            String reason,
            Instant createdAt,
            String createdBy,
            String content) {
        this.meetingId = meetingId;
        this.committeeId = committeeId;
        this.number = number;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.label = Objects.requireNonNull(label, "label");
        this.reason = reason;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.content = Objects.requireNonNull(content, "content");
    }

    public String content() {
        return content;
    }

    public VersionKind kind() {
        return kind;
    }

    public DocumentVersionView toView() {
        return new DocumentVersionView(id, meetingId, number, kind, label, reason, createdAt, createdBy);
    }
}
