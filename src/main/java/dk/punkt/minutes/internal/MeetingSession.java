package dk.punkt.minutes.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The running meeting as meeting mode keeps it: the item the secretary has open, which the projector shows. */
@Entity
@Table(name = "meeting_session")
public class MeetingSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "current_item_id")
    private Long currentItemId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MeetingSession() {}

    public MeetingSession(long meetingId, Instant at) {
        this.meetingId = meetingId;
        this.updatedAt = at;
    }

    public void show(Long itemId, Instant at) {
        this.currentItemId = itemId;
        this.updatedAt = at;
    }

    public Long currentItemId() {
        return currentItemId;
    }
}
