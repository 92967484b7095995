package dk.punkt.minutes;

import dk.punkt.items.ItemNotFoundException;
import dk.punkt.items.ItemService;
import dk.punkt.items.ItemView;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingState;
import dk.punkt.meetings.MeetingView;
import dk.punkt.minutes.internal.FollowUp;
import dk.punkt.minutes.internal.FollowUpRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Follow-ups (opfølgning) of decisions: created with an owner and a due date or target meeting, then closed. */
@Service
@Transactional
public class FollowUpService {

    static final int MAX_TEXT = 2000;
    static final int MAX_OWNER = 200;

    private final FollowUpRepository repository;
    private final ItemService items;
    private final MeetingService meetings;
    private final Clock clock;

    FollowUpService(
            FollowUpRepository repository, ItemService items, MeetingService meetings, ObjectProvider<Clock> clock) {
        this.repository = repository;
        this.items = items;
        this.meetings = meetings;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Creates an open follow-up of the item's decision.
     *
     * @throws ItemNotFoundException for an unknown item
     * @throws InvalidMinutesInputException naming the field: text, owner, dueDate/targetMeetingId
     */
    public FollowUpView create(NewFollowUp c) {
        if (c == null) {
            throw new InvalidMinutesInputException("body", "The new follow-up is missing");
        }
        ItemView item = items.find(c.itemId()).orElseThrow(() -> new ItemNotFoundException(c.itemId()));
        String text = required("text", c.text(), MAX_TEXT);
        String owner = required("owner", c.owner(), MAX_OWNER);
        if (c.dueDate() == null && c.targetMeetingId() == null) {
            throw new InvalidMinutesInputException(
                    "dueDate", "Give a due date (dueDate) or a target meeting (targetMeetingId), or both");
        }
        if (c.targetMeetingId() != null) {
            MeetingView target = meetings.find(c.targetMeetingId())
                    .orElseThrow(() -> new InvalidMinutesInputException(
                            "targetMeetingId", "There is no meeting " + c.targetMeetingId()));
            if (target.state() != MeetingState.PLANLAGT && target.state() != MeetingState.DAGSORDEN_UDSENDT) {
                throw new InvalidMinutesInputException(
                        "targetMeetingId",
                        "Meeting " + target.id() + " is " + target.state()
                                + "; a follow-up targets a coming meeting (PLANLAGT or DAGSORDEN_UDSENDT)");
            }
        }
        FollowUp followUp = new FollowUp(
                item.id(),
                item.meetingId(),
                item.committeeId(),
                text,
                owner,
                c.dueDate(),
                c.targetMeetingId(),
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        return repository.saveAndFlush(followUp).toView();
    }

    /**
     * Changes the status, when the follow-up is still at the version the caller saw (null skips the check).
     *
     * @throws OptimisticLockingFailureException when someone else changed it since {@code expectedVersion}
     */
    public FollowUpView changeStatus(long id, FollowUpStatus status, Long expectedVersion) {
        if (status == null) {
            throw new InvalidMinutesInputException("status", "status is missing (OPEN, DONE or CANCELLED)");
        }
        FollowUp followUp =
                repository.findById(id).orElseThrow(() -> new NoSuchElementException("There is no follow-up " + id));
        if (expectedVersion != null && expectedVersion != followUp.version()) {
            throw new OptimisticLockingFailureException("Follow-up " + id + " was changed by someone else (version "
                    + expectedVersion + " expected, now " + followUp.version() + ")");
        }
        followUp.changeStatus(status);
        repository.flush();
        return followUp.toView();
    }

    /** Follow-ups with this status (all when null), by due date. */
    @Transactional(readOnly = true)
    public List<FollowUpView> find(FollowUpStatus status) {
        List<FollowUp> found = status == null
                ? repository.findAllByOrderByIdDesc()
                : repository.findByStatusOrderByDueDateAscIdAsc(status);
        return found.stream().map(FollowUp::toView).toList();
    }

    @Transactional(readOnly = true)
    public List<FollowUpView> findOpen() {
        return find(FollowUpStatus.OPEN);
    }

    /** Open follow-ups that target this meeting: offered when its agenda is assembled. */
    @Transactional(readOnly = true)
    public List<FollowUpView> findOpenForMeeting(long meetingId) {
        return repository.findByTargetMeetingIdAndStatusOrderByIdAsc(meetingId, FollowUpStatus.OPEN).stream()
                .map(FollowUp::toView)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<FollowUpView> findByItem(long itemId) {
        return repository.findByItemIdOrderByIdAsc(itemId).stream()
                .map(FollowUp::toView)
                .toList();
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidMinutesInputException(field, field + " must not be blank");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidMinutesInputException(
                    field, field + " must be at most " + max + " characters, was " + stripped.length());
        }
        return stripped;
    }
}
