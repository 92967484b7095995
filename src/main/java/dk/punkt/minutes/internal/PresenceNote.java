package dk.punkt.minutes.internal;

import dk.punkt.minutes.PresenceKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A participant arrived late or left early, during the given item. */
@Entity
@Table(name = "presence_note")
public class PresenceNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 40)
    private PresenceKind kind;

    protected PresenceNote() {}

    public PresenceNote(long meetingId, long itemId, String name, PresenceKind kind) {
        this.meetingId = meetingId;
        this.itemId = itemId;
        this.name = name;
        this.kind = kind;
    }

    public void moveTo(long itemId) {
        this.itemId = itemId;
    }

    public long meetingId() {
        return meetingId;
    }

    public long itemId() {
        return itemId;
    }

    public String name() {
        return name;
    }

    public PresenceKind kind() {
        return kind;
    }
}
