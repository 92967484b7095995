package dk.punkt.minutes.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's comment on one item of the draft minutes; written once, never edited. */
@Entity
@Table(name = "minutes_review_comment")
public class MinutesReviewComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false, length = 200)
    private String author;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MinutesReviewComment() {}

    public MinutesReviewComment(
            long reviewId, long meetingId, long itemId, long userId, String author, String text, Instant createdAt) {
        this.reviewId = reviewId;
        this.meetingId = meetingId;
        this.itemId = itemId;
        this.userId = userId;
        this.author = author;
        this.text = text;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public long reviewId() {
        return reviewId;
    }

    public long itemId() {
        return itemId;
    }

    public long userId() {
        return userId;
    }

    public String author() {
        return author;
    }

    public String text() {
        return text;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
