package dk.punkt.meetings.internal;

import dk.punkt.meetings.MeetingView.AgendaRow;
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

/** One agenda row: an item (by id, items is another module) or a pause. */
@Entity
@Table(name = "agenda_row")
@Audited
public class AgendaEntry {

    @Id
    // A sequence with an allocation size, not identity: Hibernate can then batch the inserts (V4_7_1).
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agenda_row_seq")
    @SequenceGenerator(name = "agenda_row_seq", sequenceName = "agenda_row_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Column(nullable = false)
    private int position;

    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "pause_minutes")
    private Integer pauseMinutes;

    // Whether the row went out with a published agenda, correction or supplement.
    @Column(nullable = false)
    private boolean published;

    protected AgendaEntry() {}

    void markPublished() {
        published = true;
    }

    boolean isPublished() {
        return published;
    }

    AgendaEntry(Meeting meeting, int position, Long itemId, Integer pauseMinutes) {
        this.meeting = meeting;
        this.position = position;
        this.itemId = itemId;
        this.pauseMinutes = pauseMinutes;
    }

    AgendaRow toView() {
        return new AgendaRow(itemId, pauseMinutes);
    }
}
