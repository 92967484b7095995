package dk.punkt.search.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Text extracted from one appendix file, kept so that reindexing never reads the files again. */
@Entity
@Table(name = "search_appendix_text")
public class AppendixText {

    /** EXTRACTED: text is there; NO_FILE: nothing to read yet; FAILED: the file could not be read as text. */
    enum Status {
        EXTRACTED,
        NO_FILE,
        FAILED
    }

    @Id
    @Column(name = "appendix_id")
    private Long appendixId;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(nullable = false, length = 40)
    private String status;

    @Column(name = "content_text", length = 1_000_000)
    private String text;

    @Column(name = "extracted_at", nullable = false)
    private Instant extractedAt;

    protected AppendixText() {}

    AppendixText(long appendixId, long itemId, Status status, String text, Instant at) {
        this.appendixId = appendixId;
        this.itemId = itemId;
        this.status = status.name();
        this.text = text;
        this.extractedAt = at;
    }

    Long appendixId() {
        return appendixId;
    }

    String text() {
        return text;
    }
}
