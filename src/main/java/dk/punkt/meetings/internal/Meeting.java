package dk.punkt.meetings.internal;

import dk.punkt.meetings.MeetingState;
import dk.punkt.meetings.MeetingStateException;
import dk.punkt.meetings.MeetingView;
import dk.punkt.meetings.MeetingView.AgendaRow;
import dk.punkt.meetings.MeetingView.Attendee;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A committee's meeting. Owns its lifecycle: only the next state may follow, and once the minutes are approved
 * the agenda and attendance are final. The committee is referenced by id (another module).
 */
@Entity
@Table(name = "meeting")
@Audited
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "committee_id", nullable = false)
    private long committeeId;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time")
    private LocalTime endTime;

    @Column(length = 200)
    private String location;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 40)
    private MeetingState state;

    // Participants first, then absences; each group in printed order.
    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("absent, position")
    @BatchSize(size = 50)
    private List<MeetingAttendee> attendees = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 50)
    private List<AgendaEntry> agenda = new ArrayList<>();

    @Column(name = "agenda_published_at")
    private Instant agendaPublishedAt;

    @Column(name = "minutes_approved_at")
    private Instant minutesApprovedAt;

    @Version
    private long version;

    protected Meeting() {}

    public Meeting(
            long committeeId,
            LocalDate date,
            LocalTime startTime,
            LocalTime endTime,
            String location,
            List<Attendee> participants,
            List<Attendee> absent) {
        this.committeeId = committeeId;
        this.meetingDate = Objects.requireNonNull(date, "date");
        this.startTime = Objects.requireNonNull(startTime, "startTime");
        this.endTime = endTime;
        this.location = location;
        this.state = MeetingState.PLANLAGT;
        addAttendees(participants, absent);
    }

    /** PLANLAGT → DAGSORDEN_UDSENDT. */
    public void publishAgenda(Instant at) {
        become(MeetingState.DAGSORDEN_UDSENDT);
        agendaPublishedAt = Objects.requireNonNull(at, "at");
    }

    /** DAGSORDEN_UDSENDT → AFHOLDT. */
    public void markHeld() {
        become(MeetingState.AFHOLDT);
    }

    /** AFHOLDT → REFERAT_GODKENDT; the minutes are published at approval. */
    public void approveMinutes(Instant at) {
        become(MeetingState.REFERAT_GODKENDT);
        minutesApprovedAt = Objects.requireNonNull(at, "at");
    }

    /** Replaces the agenda's rows (items and pauses, in order); refused once the minutes are approved. */
    public void replaceAgenda(List<AgendaRow> rows) {
        refuseWhenFinal("change the agenda");
        agenda.clear();
        for (AgendaRow row : rows) {
            agenda.add(new AgendaEntry(this, agenda.size(), row.itemId(), row.pauseMinutes()));
        }
    }

    /** Replaces participants and absences; refused once the minutes are approved. */
    public void replaceAttendance(List<Attendee> participants, List<Attendee> absent) {
        refuseWhenFinal("change the attendance");
        attendees.clear();
        addAttendees(participants, absent);
    }

    public MeetingView toView() {
        return new MeetingView(
                id,
                committeeId,
                meetingDate,
                startTime,
                endTime,
                location,
                state,
                attendees.stream()
                        .filter(a -> !a.isAbsent())
                        .map(MeetingAttendee::toView)
                        .toList(),
                attendees.stream()
                        .filter(MeetingAttendee::isAbsent)
                        .map(MeetingAttendee::toView)
                        .toList(),
                agenda.stream().map(AgendaEntry::toView).toList(),
                agendaPublishedAt,
                minutesApprovedAt,
                version);
    }

    public List<Attendee> participants() {
        return attendees.stream()
                .filter(a -> !a.isAbsent())
                .map(MeetingAttendee::toView)
                .toList();
    }

    public List<Attendee> absent() {
        return attendees.stream()
                .filter(MeetingAttendee::isAbsent)
                .map(MeetingAttendee::toView)
                .toList();
    }

    public List<AgendaRow> agendaRows() {
        return agenda.stream().map(AgendaEntry::toView).toList();
    }

    public Instant getAgendaPublishedAt() {
        return agendaPublishedAt;
    }

    public Instant getMinutesApprovedAt() {
        return minutesApprovedAt;
    }

    public Long getId() {
        return id;
    }

    public long getCommitteeId() {
        return committeeId;
    }

    public MeetingState getState() {
        return state;
    }

    public long getVersion() {
        return version;
    }

    private void become(MeetingState wanted) {
        if (!state.canBecome(wanted)) {
            throw new MeetingStateException(id, state, wanted);
        }
        state = wanted;
    }

    private void refuseWhenFinal(String action) {
        if (state == MeetingState.REFERAT_GODKENDT) {
            throw new MeetingStateException(id, state, action + " (the approved minutes are final)");
        }
    }

    private void addAttendees(List<Attendee> participants, List<Attendee> absent) {
        for (int i = 0; i < participants.size(); i++) {
            attendees.add(new MeetingAttendee(this, false, i, participants.get(i)));
        }
        for (int i = 0; i < absent.size(); i++) {
            attendees.add(new MeetingAttendee(this, true, i, absent.get(i)));
        }
    }
}
