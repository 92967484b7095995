package dk.punkt.minutes.internal;

import dk.punkt.minutes.NoteView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A member's private note on an item. Not audited on purpose: a private note must not turn up in the audit trail that
 * administrators read.
 */
@Entity
@Table(name = "item_note")
public class ItemNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ItemNote() {}

    public ItemNote(long itemId, long userId, String text, Instant at) {
        this.itemId = itemId;
        this.userId = userId;
        this.text = Objects.requireNonNull(text, "text");
        this.updatedAt = at;
    }

    public void rewrite(String text, Instant at) {
        this.text = Objects.requireNonNull(text, "text");
        this.updatedAt = at;
    }

    public long version() {
        return version;
    }

    public NoteView toView() {
        return new NoteView(itemId, text, updatedAt, version);
    }
}
