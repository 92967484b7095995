package dk.punkt.items.internal;

import dk.punkt.items.ItemView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** Metadata of an appendix (bilag); the file itself lives in storage under {@code storageKey} once uploaded. */
@Entity
@Table(name = "appendix")
@Audited
public class Appendix {

    @Id
    // A sequence with an allocation size, not identity: Hibernate can then batch the inserts (V4_7_1).
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appendix_seq")
    @SequenceGenerator(name = "appendix_seq", sequenceName = "appendix_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private AgendaItem item;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(nullable = false)
    private boolean closed;

    @Column(name = "content_type", length = 200)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "storage_key", length = 300)
    private String storageKey;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Appendix() {}

    Appendix(AgendaItem item, String name, boolean closed, String contentType, long size, Instant uploadedAt) {
        this.item = item;
        this.name = name;
        this.closed = closed;
        this.contentType = contentType;
        this.size = size;
        this.uploadedAt = uploadedAt;
    }

    void storedAs(String storageKey) {
        this.storageKey = storageKey;
    }

    public Long id() {
        return id;
    }

    public AgendaItem item() {
        return item;
    }

    public String name() {
        return name;
    }

    public boolean closed() {
        return closed;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    /** Where the file is in {@code AppendixStorage}; null for metadata-only appendices (imports). */
    public String storageKey() {
        return storageKey;
    }

    public ItemView.AppendixView toView() {
        return new ItemView.AppendixView(id, name, closed, contentType, size);
    }
}
