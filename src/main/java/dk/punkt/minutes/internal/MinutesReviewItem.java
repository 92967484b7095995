package dk.punkt.minutes.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An item's decision as the draft sent in a review round had it (a frozen copy). */
@Entity
@Table(name = "minutes_review_item")
public class MinutesReviewItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Column(nullable = false)
    private int position;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false)
    private boolean closed;

    @Column(length = 1_000_000)
    private String decision;

    /** The outcome's name, kept as text so a frozen copy never fails to load. */
    @Column(length = 40)
    private String outcome;

    protected MinutesReviewItem() {}

    public MinutesReviewItem(
            long reviewId, int position, long itemId, String title, boolean closed, String decision, String outcome) {
        this.reviewId = reviewId;
        this.position = position;
        this.itemId = itemId;
        this.title = title;
        this.closed = closed;
        this.decision = decision;
        this.outcome = outcome;
    }

    public int position() {
        return position;
    }

    public long itemId() {
        return itemId;
    }

    public String title() {
        return title;
    }

    public boolean closed() {
        return closed;
    }

    public String decision() {
        return decision;
    }

    public String outcome() {
        return outcome;
    }
}
