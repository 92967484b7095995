package dk.punkt.meetings.internal;

import dk.punkt.meetings.MeetingView.Attendee;
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
import org.hibernate.envers.Audited;

/** A participant (or, when absent, an absence) of a meeting, at a place in the printed list. */
@Entity
@Table(name = "meeting_attendee")
@Audited
public class MeetingAttendee {

    @Id
    // A sequence with an allocation size, not identity: Hibernate can then batch the inserts (V4_7_1).
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_attendee_seq")
    @SequenceGenerator(name = "meeting_attendee_seq", sequenceName = "meeting_attendee_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Column(nullable = false)
    private boolean absent;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 200)
    private String title;

    protected MeetingAttendee() {}

    MeetingAttendee(Meeting meeting, boolean absent, int position, Attendee attendee) {
        this.meeting = meeting;
        this.absent = absent;
        this.position = position;
        this.name = attendee.name();
        this.title = attendee.title();
    }

    boolean isAbsent() {
        return absent;
    }

    Attendee toView() {
        return new Attendee(name, title);
    }
}
