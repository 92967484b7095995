package dk.punkt.minutes.internal;

import dk.punkt.minutes.DecisionView;
import dk.punkt.minutes.Outcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** The decision on one agenda item (referenced by id: items is another module). */
@Entity
@Table(name = "decision")
@Audited
public class Decision {

    @Id
    // A sequence with an allocation size, not identity: Hibernate can then batch the inserts (V4_7_1).
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decision_seq")
    @SequenceGenerator(name = "decision_seq", sequenceName = "decision_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    /** The meeting the decision was taken at; null for decisions on items that are on no meeting. */
    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(length = 1_000_000)
    private String text;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 40)
    private Outcome outcome;

    protected Decision() {}

    public Decision(long itemId, Long meetingId, String text, Outcome outcome) {
        this.itemId = itemId;
        this.meetingId = meetingId;
        this.text = Objects.requireNonNull(text, "text");
        this.outcome = outcome;
    }

    /** Replaces text and outcome; the text is expected to be sanitised already. */
    public void revise(String text, Outcome outcome) {
        this.text = Objects.requireNonNull(text, "text");
        this.outcome = outcome;
    }

    public DecisionView toView() {
        return new DecisionView(itemId, text, outcome, version);
    }

    public long itemId() {
        return itemId;
    }

    public Long meetingId() {
        return meetingId;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String text() {
        return text;
    }
}
