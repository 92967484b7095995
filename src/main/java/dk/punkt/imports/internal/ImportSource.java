package dk.punkt.imports.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A source file that was imported: its content hash and the meeting it became. Written once and never edited (so
 * neither versioned nor audited: the meeting it created carries the audit trail).
 */
@Entity
@Table(name = "import_source")
public class ImportSource {

    @Id
    // A sequence with an allocation size, not identity: Hibernate can then batch the inserts (V4_7_1).
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_source_seq")
    @SequenceGenerator(name = "import_source_seq", sequenceName = "import_source_seq", allocationSize = 50)
    private Long id;

    @Column(name = "sha256", nullable = false, length = 64, unique = true)
    private String sha256;

    @Column(name = "file_name", nullable = false, length = 500)
    private String fileName;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected ImportSource() {}

    public ImportSource(String sha256, String fileName, long meetingId, Instant importedAt) {
        this.sha256 = sha256;
        this.fileName = fileName.length() > 500 ? fileName.substring(fileName.length() - 500) : fileName;
        this.meetingId = meetingId;
        this.importedAt = importedAt;
    }

    public String sha256() {
        return sha256;
    }

    public String fileName() {
        return fileName;
    }

    public long meetingId() {
        return meetingId;
    }

    public Instant importedAt() {
        return importedAt;
    }
}
