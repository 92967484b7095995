package dk.punkt.meetings;

import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.meetings.MeetingView.AgendaRow;
import dk.punkt.meetings.MeetingView.Attendee;
import dk.punkt.meetings.internal.Meeting;
import dk.punkt.meetings.internal.MeetingRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings: planning, agenda order, attendance and the lifecycle. Transitions are checked by the meeting itself
 * (refused → {@link MeetingStateException}); each transition publishes its event.
 */
@Service
@Transactional(readOnly = true)
public class MeetingService {

    private static final int TEXT_LENGTH = 200;

    private final MeetingRepository meetings;
    private final CommitteeService committees;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EntityManager entityManager;

    MeetingService(
            MeetingRepository meetings,
            CommitteeService committees,
            ApplicationEventPublisher events,
            ObjectProvider<Clock> clock,
            EntityManager entityManager) {
        this.meetings = meetings;
        this.entityManager = entityManager;
        this.committees = committees;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Plans a meeting; missing start/end time and location come from the committee, participants from its members. */
    @Transactional
    public MeetingView plan(NewMeeting c) {
        if (c == null) {
            throw new IllegalArgumentException("New meeting is missing");
        }
        CommitteeView committee = committees
                .find(c.committeeId())
                .orElseThrow(() -> new IllegalArgumentException("Unknown committee id: " + c.committeeId()));
        return meetings.saveAndFlush(newMeeting(c, committee)).toView();
    }

    /**
     * Plans a meeting for the import, which has read the committee already and completes the meeting in the same
     * transaction ({@link #completeImported}): as {@link #plan}, but not flushed here (the meeting's insert goes
     * with its items' at {@code completeImported}'s one flush). Returns its id.
     */
    @Transactional
    public long planImported(NewMeeting c, CommitteeView committee) {
        if (c == null) {
            throw new IllegalArgumentException("New meeting is missing");
        }
        if (committee == null || committee.id() != c.committeeId()) {
            throw new IllegalArgumentException("The committee given is not the meeting's: " + c.committeeId());
        }
        return meetings.save(newMeeting(c, committee)).getId();
    }

    private Meeting newMeeting(NewMeeting c, CommitteeView committee) {
        if (c.date() == null) {
            throw new IllegalArgumentException("Meeting date is missing for committee " + c.committeeId());
        }
        LocalTime start = c.startTime() != null ? c.startTime() : committee.defaultStartTime();
        if (start == null) {
            throw new IllegalArgumentException(
                    "Meeting startTime is missing and committee '" + committee.name() + "' has no default start time");
        }
        LocalTime end = c.endTime() != null ? c.endTime() : committee.defaultEndTime();
        if (end != null && !end.isAfter(start)) {
            throw new IllegalArgumentException(
                    "Meeting endTime " + end + " must be after startTime " + start + " (date " + c.date() + ")");
        }
        String location = text("location", c.location());
        if (location == null) {
            location = committee.defaultLocation();
        }
        List<Attendee> participants = c.participants() != null
                ? checked("participants", c.participants())
                : committee.members().stream()
                        .map(m -> new Attendee(m.name(), m.title()))
                        .toList();
        List<Attendee> absent = c.absent() != null ? checked("absent", c.absent()) : List.of();
        return new Meeting(committee.id(), c.date(), start, end, location, participants, absent);
    }

    /** Plans every meeting of a series in one transaction: all of them or, on bad input, none. */
    @Transactional
    public List<MeetingView> planSeries(NewMeetingSeries series) {
        if (series == null) {
            throw new IllegalArgumentException("Meeting series is missing");
        }
        return series.dates().stream()
                .map(date -> plan(new NewMeeting(
                        series.committeeId(),
                        date,
                        series.startTime(),
                        series.endTime(),
                        series.location(),
                        series.participants(),
                        null)))
                .toList();
    }

    /**
     * Cancels a meeting (aflyst) that is planned or has its agenda out; publishes {@link MeetingCancelled}.
     *
     * @throws OptimisticLockingFailureException when {@code expectedVersion} is given and is not the current one
     */
    @Transactional
    public MeetingView cancel(long id, String reason, Long expectedVersion) {
        String checkedReason = longText("cancel reason", reason);
        lockForChange(id, expectedVersion);
        Meeting meeting = load(id);
        Instant at = now();
        meeting.cancel(checkedReason, at);
        events.publishEvent(new MeetingCancelled(id, meeting.getCommitteeId(), checkedReason, at));
        return flushed(meeting);
    }

    /**
     * Moves a meeting to a new date, time or place. A null start time or location keeps the meeting's own; a null
     * end time means none.
     */
    @Transactional
    public MeetingView move(
            long id, LocalDate date, LocalTime start, LocalTime end, String location, Long expectedVersion) {
        if (date == null) {
            throw new IllegalArgumentException("Moving meeting " + id + ": the new date is missing");
        }
        MeetingView before = lockForChange(id, expectedVersion);
        Meeting meeting = load(id);
        String place = text("location", location);
        meeting.move(date, start != null ? start : before.startTime(), end, place != null ? place : before.location());
        return flushed(meeting);
    }

    /** Sends the changed agenda out again as a dated correction; publishes {@link AgendaCorrected}. */
    @Transactional
    public MeetingView correctAgenda(long id, String reason) {
        String checkedReason = longText("correction reason", reason);
        Meeting meeting = load(id);
        Instant at = now();
        meeting.correctAgenda(checkedReason, at);
        events.publishEvent(new AgendaCorrected(id, meeting.getCommitteeId(), checkedReason, at));
        return flushed(meeting);
    }

    /** Sends the items added since the agenda went out; publishes {@link SupplementaryAgendaPublished}. */
    @Transactional
    public MeetingView publishSupplement(long id) {
        Meeting meeting = load(id);
        Instant at = now();
        List<Long> added = meeting.publishSupplement(at);
        events.publishEvent(new SupplementaryAgendaPublished(id, meeting.getCommitteeId(), added, at));
        return flushed(meeting);
    }

    public Optional<MeetingView> find(long id) {
        return meetings.findById(id).map(Meeting::toView);
    }

    /**
     * Several meetings at once, in no particular order; unknown ids are left out. Their attendees and agendas are
     * read fifty meetings per query (a batch of documents is assembled together).
     */
    @Transactional(readOnly = true)
    public List<MeetingView> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : views(meetings.findByIdIn(ids));
    }

    /** A committee's meetings, newest first. */
    public List<MeetingView> findByCommittee(long committeeId) {
        return views(meetings.findByCommitteeIdOrderByMeetingDateDescStartTimeDescIdDesc(committeeId));
    }

    /** Meetings whose agenda is out (any state after PLANLAGT), newest first. */
    public List<MeetingView> findPublished(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return views(meetings.findByStateNotOrderByMeetingDateDescStartTimeDescIdDesc(
                MeetingState.PLANLAGT, Limit.of(limit)));
    }

    /** A committee's meetings whose agenda is out, newest first. */
    public List<MeetingView> findPublishedByCommittee(long committeeId) {
        return views(meetings.findByCommitteeIdAndStateNotOrderByMeetingDateDescStartTimeDescIdDesc(
                committeeId, MeetingState.PLANLAGT));
    }

    /** Meetings of the given committees on or after {@code from}, soonest first. */
    public List<MeetingView> findUpcoming(Collection<Long> committeeIds, LocalDate from, int limit) {
        if (committeeIds == null || committeeIds.isEmpty() || limit <= 0) {
            return List.of();
        }
        if (from == null) {
            throw new IllegalArgumentException("findUpcoming: from date is missing");
        }
        return views(meetings.findByCommitteeIdInAndMeetingDateGreaterThanEqualOrderByMeetingDateAscStartTimeAscIdAsc(
                Set.copyOf(committeeIds), from, Limit.of(limit)));
    }

    /** Replaces the agenda (items and pauses, in order); refused once the minutes are approved. */
    @Transactional
    public MeetingView setAgenda(long meetingId, List<AgendaRow> rows) {
        Meeting meeting = loadForChange(meetingId);
        meeting.replaceAgenda(checkedRows(meetingId, rows));
        return flushed(meeting);
    }

    private static List<AgendaRow> checkedRows(long meetingId, List<AgendaRow> rows) {
        if (rows == null) {
            throw new IllegalArgumentException("Agenda rows are missing for meeting " + meetingId);
        }
        Set<Long> seen = new HashSet<>();
        for (AgendaRow row : rows) {
            if (row == null) {
                throw new IllegalArgumentException("Agenda of meeting " + meetingId + " contains a null row");
            }
            if (!row.isPause() && !seen.add(row.itemId())) {
                throw new IllegalArgumentException(
                        "Item " + row.itemId() + " appears twice on the agenda of meeting " + meetingId);
            }
        }
        return List.copyOf(rows);
    }

    /**
     * Locks the meeting for a change that spans several steps (agenda assembly, publishing) in the caller's
     * transaction, so concurrent changes of the same meeting run one after the other. With an expected version,
     * a meeting changed since that version is refused: the caller saw an older agenda, and saving would silently
     * overwrite someone else's change.
     *
     * @throws IllegalArgumentException for an unknown meeting
     * @throws OptimisticLockingFailureException when {@code expectedVersion} is given and is not the current one
     */
    @Transactional
    public MeetingView lockForChange(long meetingId, Long expectedVersion) {
        Meeting meeting = meetings.findLockedById(meetingId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown meeting id: " + meetingId));
        if (expectedVersion != null && expectedVersion != meeting.getVersion()) {
            throw new OptimisticLockingFailureException("Meeting " + meetingId + " was changed by someone else: "
                    + "version " + expectedVersion + " was expected, it is now version " + meeting.getVersion()
                    + "; reload the meeting and make the change again");
        }
        // A new version now: whatever the caller changes next (rows only, perhaps) counts as a change of the meeting.
        entityManager.lock(meeting, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        return meeting.toView();
    }

    /** Replaces participants and absences; refused once the minutes are approved. */
    @Transactional
    public MeetingView setAttendance(long meetingId, List<Attendee> participants, List<Attendee> absent) {
        List<Attendee> present = participants == null ? List.of() : checked("participants", participants);
        List<Attendee> away = absent == null ? List.of() : checked("absent", absent);
        Meeting meeting = loadForChange(meetingId);
        meeting.replaceAttendance(present, away);
        return flushed(meeting);
    }

    /** PLANLAGT → DAGSORDEN_UDSENDT; publishes {@link AgendaPublished}. */
    @Transactional
    public MeetingView publishAgenda(long id) {
        Meeting meeting = load(id);
        Instant at = now();
        meeting.publishAgenda(at);
        events.publishEvent(new AgendaPublished(id, meeting.getCommitteeId(), at));
        return flushed(meeting);
    }

    /** DAGSORDEN_UDSENDT → AFHOLDT; publishes {@link MeetingHeld}. */
    @Transactional
    public MeetingView markHeld(long id) {
        Meeting meeting = load(id);
        meeting.markHeld();
        events.publishEvent(new MeetingHeld(id, meeting.getCommitteeId(), now()));
        return flushed(meeting);
    }

    /** AFHOLDT → REFERAT_GODKENDT; publishes {@link MinutesApproved}. */
    @Transactional
    public MeetingView approveMinutes(long id) {
        Meeting meeting = load(id);
        Instant at = now();
        meeting.approveMinutes(at);
        events.publishEvent(new MinutesApproved(id, meeting.getCommitteeId(), at));
        return flushed(meeting);
    }

    /**
     * Brings a meeting made from an existing document (import) from PLANLAGT to {@code finalState} in one step:
     * the agenda, then each transition by the meeting's own rules, written with one flush. Only the final state's
     * event is published ({@link AgendaPublished}, {@link MeetingHeld} or {@link MinutesApproved}): the meeting
     * happened long ago, and what the document shows is its final state, so listeners freeze and index that once
     * instead of once per intermediate state. The changes are written at the caller's next flush (or commit).
     *
     * @throws IllegalArgumentException for an unknown meeting, bad agenda rows or a final state before the agenda
     */
    @Transactional
    public void completeImported(long meetingId, List<AgendaRow> rows, MeetingState finalState) {
        if (finalState != MeetingState.DAGSORDEN_UDSENDT
                && finalState != MeetingState.AFHOLDT
                && finalState != MeetingState.REFERAT_GODKENDT) {
            throw new IllegalArgumentException("An imported meeting " + meetingId
                    + " ends with its agenda out, held or with approved minutes, not " + finalState);
        }
        // The agenda rows are written once, already marked as sent out, with the meeting's one update: a flush
        // between setting and publishing them would insert each row and then update it (and each update costs
        // Envers a search through all the audit work of an import's transaction).
        // No lock and forced version increment as for other changes: the import planned this meeting in the same
        // transaction (it is in the session, no query needed), and its state changes, which counts as a new version.
        Meeting meeting = load(meetingId);
        meeting.replaceAgenda(checkedRows(meetingId, rows));
        Instant at = now();
        meeting.publishAgenda(at);
        Object event = new AgendaPublished(meetingId, meeting.getCommitteeId(), at);
        if (finalState != MeetingState.DAGSORDEN_UDSENDT) {
            meeting.markHeld();
            event = new MeetingHeld(meetingId, meeting.getCommitteeId(), at);
        }
        if (finalState == MeetingState.REFERAT_GODKENDT) {
            meeting.approveMinutes(at);
            event = new MinutesApproved(meetingId, meeting.getCommitteeId(), at);
        }
        events.publishEvent(event);
        // Not flushed here: the import writes several meetings per flush (fewer, fuller JDBC batches).
    }

    private Meeting loadForChange(long id) {
        return meetings.findForChangeById(id)
                .orElseThrow(() -> new IllegalArgumentException("Unknown meeting id: " + id));
    }

    private Meeting load(long id) {
        return meetings.findById(id).orElseThrow(() -> new IllegalArgumentException("Unknown meeting id: " + id));
    }

    // Flush so the returned view carries the new version and the ids of new rows.
    private MeetingView flushed(Meeting meeting) {
        meetings.flush();
        return meeting.toView();
    }

    // The database keeps microseconds; truncate so views before and after a reload agree.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static List<MeetingView> views(List<Meeting> list) {
        return list.stream().map(Meeting::toView).toList();
    }

    private static List<Attendee> checked(String field, List<Attendee> attendees) {
        return attendees.stream()
                .map(a -> {
                    if (a == null) {
                        throw new IllegalArgumentException("Meeting " + field + " contains a null attendee");
                    }
                    String name = text(field + " name", a.name());
                    if (name == null) {
                        throw new IllegalArgumentException(
                                "Meeting " + field + ": attendee name must not be blank: '" + a.name() + "'");
                    }
                    return new Attendee(name, text(field + " title", a.title()));
                })
                .toList();
    }

    private static String longText(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > 500) {
            throw new IllegalArgumentException("Meeting " + field + " is longer than 500 characters");
        }
        return stripped;
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > TEXT_LENGTH) {
            throw new IllegalArgumentException("Meeting " + field + " is longer than " + TEXT_LENGTH + " characters: '"
                    + stripped.substring(0, 40) + "…'");
        }
        return stripped;
    }
}
