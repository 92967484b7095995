package dk.punkt.minutes.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One round of sending the draft minutes to the members for comments. Never changed: sending again is a new round. */
@Entity
@Table(name = "minutes_review")
public class MinutesReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(nullable = false)
    private int round;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "sent_by", nullable = false, length = 100)
    private String sentBy;

    protected MinutesReview() {}

    public MinutesReview(long meetingId, int round, LocalDate deadline, Instant sentAt, String sentBy) {
        this.meetingId = meetingId;
        this.round = round;
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
        this.sentBy = Objects.requireNonNull(sentBy, "sentBy");
    }

    public Long id() {
        return id;
    }

    public long meetingId() {
        return meetingId;
    }

    public int round() {
        return round;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String sentBy() {
        return sentBy;
    }
}
