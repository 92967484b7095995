package dk.punkt.minutes.internal;

import dk.punkt.minutes.FollowUpStatus;
import dk.punkt.minutes.FollowUpView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A follow-up (opfølgning) created from a decision: who does what, by when or for which meeting. */
@Entity
@Table(name = "follow_up")
@Audited
public class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(name = "committee_id", nullable = false)
    private long committeeId;

    @Column(nullable = false, length = 2000)
    private String text;

    @Column(nullable = false, length = 200)
    private String owner;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "target_meeting_id")
    private Long targetMeetingId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 40)
    private FollowUpStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FollowUp() {}

    /** A new, open follow-up; values are checked by the service. */
    public FollowUp(
            long itemId,
            Long meetingId,
            long committeeId,
            String text,
            String owner,
            LocalDate dueDate,
            Long targetMeetingId,
            Instant createdAt) {
        this.itemId = itemId;
        this.meetingId = meetingId;
        this.committeeId = committeeId;
        this.text = Objects.requireNonNull(text, "text");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.dueDate = dueDate;
        this.targetMeetingId = targetMeetingId;
        this.status = FollowUpStatus.OPEN;
        this.createdAt = createdAt;
    }

    public void changeStatus(FollowUpStatus status) {
        this.status = Objects.requireNonNull(status, "status");
    }

    public long version() {
        return version;
    }

    public FollowUpView toView() {
        return new FollowUpView(
                id, itemId, meetingId, committeeId, text, owner, dueDate, targetMeetingId, status, createdAt, version);
    }
}
