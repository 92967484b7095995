package dk.punkt.minutes.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A meeting postponed an item (udsat); kept after the item goes on a later agenda, as its history. */
@Entity
@Table(name = "item_postponement")
public class ItemPostponement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "postponed_at", nullable = false)
    private Instant postponedAt;

    protected ItemPostponement() {}

    public ItemPostponement(long itemId, long meetingId, Instant postponedAt) {
        this.itemId = itemId;
        this.meetingId = meetingId;
        this.postponedAt = postponedAt;
    }

    public long itemId() {
        return itemId;
    }

    public long meetingId() {
        return meetingId;
    }

    public Instant postponedAt() {
        return postponedAt;
    }
}
