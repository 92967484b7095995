package dk.punkt.minutes.internal;

import dk.punkt.minutes.MinutesVersionView;
import dk.punkt.minutes.Outcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An item's decision as one version of the minutes had it. */
@Entity
@Table(name = "minutes_version_item")
class MinutesVersionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "minutes_version_id", nullable = false)
    private MinutesVersion minutesVersion;

    @Column(nullable = false)
    private int position;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "case_number", length = 40)
    private String caseNumber;

    @Column(nullable = false)
    private boolean closed;

    @Column(length = 1_000_000)
    private String decision;

    /** The outcome's name, kept as text so a frozen version never fails to load. */
    @Column(length = 40)
    private String outcome;

    protected MinutesVersionItem() {}

    MinutesVersionItem(
            MinutesVersion minutesVersion,
            int position,
            long itemId,
            String title,
            String caseNumber,
            boolean closed,
            String decision,
            String outcome) {
        this.minutesVersion = minutesVersion;
        this.position = position;
        this.itemId = itemId;
        this.title = title;
        this.caseNumber = caseNumber;
        this.closed = closed;
        this.decision = decision;
        this.outcome = outcome;
    }

    MinutesVersionView.Item toView() {
        Outcome parsed = null;
        if (outcome != null) {
            try {
                parsed = Outcome.valueOf(outcome);
            } catch (IllegalArgumentException e) {
                parsed = null;
            }
        }
        return new MinutesVersionView.Item(position, itemId, title, caseNumber, closed, decision, parsed);
    }
}
