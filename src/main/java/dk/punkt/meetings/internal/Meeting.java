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
import jakarta.persistence.SequenceGenerator;
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
    // A sequence with an allocation size, not identity: Hibernate can then batch the inserts (V4_7_1).
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_seq")
    @SequenceGenerator(name = "meeting_seq", sequenceName = "meeting_seq", allocationSize = 50)
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

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Column(name = "agenda_changed_at")
    private Instant agendaChangedAt;

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
        agenda.forEach(AgendaEntry::markPublished);
    }

    /**
     * Sends out a dated correction (rettelse) of the published agenda: only while the agenda is out and the
     * meeting not yet held, and only with a reason, as readers must see why the agenda changed.
     */
    public void correctAgenda(String reason, Instant at) {
        requireAgendaOut("correct the agenda");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A correction of the agenda of meeting " + id + " needs a reason");
        }
        agenda.forEach(AgendaEntry::markPublished);
        agendaChangedAt = Objects.requireNonNull(at, "at");
    }

    /**
     * Sends out the items added since the agenda went out as a supplementary agenda (tillægsdagsorden).
     *
     * @return the ids of the items it carries
     */
    public List<Long> publishSupplement(Instant at) {
        requireAgendaOut("publish a supplementary agenda");
        List<Long> added = unpublishedItemIds();
        if (added.isEmpty()) {
            throw new MeetingStateException(
                    id, state, "publish a supplementary agenda: no items were added since the agenda went out");
        }
        agenda.forEach(AgendaEntry::markPublished);
        agendaChangedAt = Objects.requireNonNull(at, "at");
        return added;
    }

    /** Cancels the meeting (aflyst): while planned or with its agenda out, not once held. */
    public void cancel(String reason, Instant at) {
        if (cancelledAt != null) {
            throw new MeetingStateException(id, state, "cancel the meeting: it is already cancelled");
        }
        if (state != MeetingState.PLANLAGT && state != MeetingState.DAGSORDEN_UDSENDT) {
            throw new MeetingStateException(id, state, "cancel the meeting: it has been held");
        }
        cancelledAt = Objects.requireNonNull(at, "at");
        cancelReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** Moves the meeting to another date, time or place; not once held or cancelled. */
    public void move(LocalDate date, LocalTime start, LocalTime end, String location) {
        refuseWhenCancelled("move the meeting");
        if (state != MeetingState.PLANLAGT && state != MeetingState.DAGSORDEN_UDSENDT) {
            throw new MeetingStateException(id, state, "move the meeting: it has been held");
        }
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(start, "start");
        if (end != null && !end.isAfter(start)) {
            throw new IllegalArgumentException(
                    "Meeting endTime " + end + " must be after startTime " + start + " (date " + date + ")");
        }
        this.meetingDate = date;
        this.startTime = start;
        this.endTime = end;
        this.location = location;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    /** The items on the agenda that have not gone out yet (all of them while the agenda is only planned). */
    public List<Long> unpublishedItemIds() {
        return agenda.stream()
                .filter(row -> !row.isPublished() && row.toView().itemId() != null)
                .map(row -> row.toView().itemId())
                .toList();
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
        // Rows that went out stay marked, so items added later can go out as a supplementary agenda.
        java.util.Set<Long> published = new java.util.HashSet<>();
        agenda.stream()
                .filter(AgendaEntry::isPublished)
                .map(row -> row.toView().itemId())
                .filter(Objects::nonNull)
                .forEach(published::add);
        agenda.clear();
        for (AgendaRow row : rows) {
            AgendaEntry entry = new AgendaEntry(this, agenda.size(), row.itemId(), row.pauseMinutes());
            if (row.isPause() ? state != MeetingState.PLANLAGT : published.contains(row.itemId())) {
                entry.markPublished();
            }
            agenda.add(entry);
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
                version,
                cancelledAt,
                cancelReason,
                agendaChangedAt,
                unpublishedItemIds());
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
        refuseWhenCancelled("become " + wanted);
        if (!state.canBecome(wanted)) {
            throw new MeetingStateException(id, state, wanted);
        }
        state = wanted;
    }

    private void requireAgendaOut(String action) {
        refuseWhenCancelled(action);
        if (state != MeetingState.DAGSORDEN_UDSENDT) {
            throw new MeetingStateException(id, state, action + " (only while the agenda is out, DAGSORDEN_UDSENDT)");
        }
    }

    private void refuseWhenCancelled(String action) {
        if (cancelledAt != null) {
            throw new MeetingStateException(id, state, action + " (the meeting is cancelled)");
        }
    }

    private void refuseWhenFinal(String action) {
        refuseWhenCancelled(action);
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
