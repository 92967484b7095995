package dk.punkt.minutes.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A decision referred an item to another committee (sagsgang), where it became a new draft item. Immutable. */
@Entity
@Table(name = "item_referral")
public class ItemReferral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "from_item_id", nullable = false)
    private long fromItemId;

    @Column(name = "from_meeting_id")
    private Long fromMeetingId;

    @Column(name = "to_item_id", nullable = false)
    private long toItemId;

    @Column(name = "to_committee_id", nullable = false)
    private long toCommitteeId;

    @Column(name = "referred_at", nullable = false)
    private Instant referredAt;

    @Column(name = "referred_by", nullable = false, length = 100)
    private String referredBy;

    protected ItemReferral() {}

    public ItemReferral(
            long fromItemId,
            Long fromMeetingId,
            long toItemId,
            long toCommitteeId,
            Instant referredAt,
            String referredBy) {
        this.fromItemId = fromItemId;
        this.fromMeetingId = fromMeetingId;
        this.toItemId = toItemId;
        this.toCommitteeId = toCommitteeId;
        this.referredAt = referredAt;
        this.referredBy = referredBy;
    }

    public long fromItemId() {
        return fromItemId;
    }

    public Long fromMeetingId() {
        return fromMeetingId;
    }

    public long toItemId() {
        return toItemId;
    }

    public long toCommitteeId() {
        return toCommitteeId;
    }

    public Instant referredAt() {
        return referredAt;
    }
}
