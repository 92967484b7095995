package dk.punkt.cases.internal;

import dk.punkt.cases.CaseFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** A registered case. Written once, never edited, so it carries no version. */
@Entity(name = "CaseFile")
@Table(name = "case_file")
@Audited
public class CaseFileEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number", nullable = false, unique = true, length = 40)
    private String caseNumber;

    @Column(length = 300)
    private String title;

    @Column(name = "first_seen", nullable = false)
    private Instant firstSeen;

    protected CaseFileEntity() {}

    public CaseFileEntity(String caseNumber, String title, Instant firstSeen) {
        this.caseNumber = caseNumber;
        this.title = title;
        this.firstSeen = firstSeen;
    }

    public CaseFile toView() {
        return new CaseFile(caseNumber, title, firstSeen);
    }
}
