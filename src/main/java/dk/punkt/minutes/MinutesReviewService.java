package dk.punkt.minutes;

import dk.punkt.accounts.AccountService;
import dk.punkt.accounts.CurrentUser;
import dk.punkt.committees.CommitteeService;
import dk.punkt.items.ItemView;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingState;
import dk.punkt.meetings.MeetingView;
import dk.punkt.minutes.internal.MinutesReview;
import dk.punkt.minutes.internal.MinutesReviewComment;
import dk.punkt.minutes.internal.MinutesReviewCommentRepository;
import dk.punkt.minutes.internal.MinutesReviewItem;
import dk.punkt.minutes.internal.MinutesReviewItemRepository;
import dk.punkt.minutes.internal.MinutesReviewRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The draft minutes review (issue 5 point 4): the secretary sends the draft minutes of a held meeting to the
 * committee's members with a deadline; members comment per item until the deadline (inclusive, Danish time); the
 * secretary sees the comments and what changed in each decision since the draft was sent. Sending again starts a new
 * round with a new frozen copy; comments of earlier rounds stay.
 */
@Service
@Transactional
public class MinutesReviewService {

    static final int MAX_COMMENT = 4000;
    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private final MinutesReviewRepository reviews;
    private final MinutesReviewItemRepository reviewItems;
    private final MinutesReviewCommentRepository comments;
    private final MinutesService minutes;
    private final DecisionService decisions;
    private final MeetingService meetings;
    private final CommitteeService committees;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MinutesReviewService(
            MinutesReviewRepository reviews,
            MinutesReviewItemRepository reviewItems,
            MinutesReviewCommentRepository comments,
            MinutesService minutes,
            DecisionService decisions,
            MeetingService meetings,
            CommitteeService committees,
            AccountService accounts,
            ApplicationEventPublisher events,
            ObjectProvider<Clock> clock) {
        this.reviews = reviews;
        this.reviewItems = reviewItems;
        this.comments = comments;
        this.minutes = minutes;
        this.decisions = decisions;
        this.meetings = meetings;
        this.committees = committees;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Sends the draft minutes for comments until {@code deadline}: freezes every agenda item's decision as it reads
     * now and publishes {@link DraftMinutesSentForReview}.
     *
     * @throws MinutesStateException unless the meeting is held (AFHOLDT) and its minutes not yet approved
     * @throws InvalidMinutesInputException ({@code deadline}) when the deadline is missing or before today
     */
    public ReviewView send(long meetingId, LocalDate deadline) {
        MeetingView meeting = meeting(meetingId);
        if (meeting.state() != MeetingState.AFHOLDT) {
            throw new MinutesStateException("Meeting " + meetingId + " is " + meeting.state()
                    + ": draft minutes are sent for comments when the meeting is held (AFHOLDT) and before approval");
        }
        if (deadline == null) {
            throw new InvalidMinutesInputException("deadline", "deadline is missing: the last day for comments");
        }
        if (deadline.isBefore(today())) {
            throw new InvalidMinutesInputException(
                    "deadline", "deadline " + deadline + " is in the past; give today or a later day");
        }
        int round = reviews.findFirstByMeetingIdOrderByRoundDesc(meetingId)
                        .map(MinutesReview::round)
                        .orElse(0)
                + 1;
        Instant at = now();
        MinutesReview review = reviews.saveAndFlush(new MinutesReview(meetingId, round, deadline, at, who()));
        List<ItemView> agenda = minutes.agendaItems(meetingId);
        Map<Long, DecisionView> byItem = decisions.findForMeeting(
                meetingId, agenda.stream().map(ItemView::id).toList());
        for (int i = 0; i < agenda.size(); i++) {
            ItemView item = agenda.get(i);
            DecisionView d = byItem.get(item.id());
            reviewItems.save(new MinutesReviewItem(
                    review.id(),
                    i + 1,
                    item.id(),
                    item.title(),
                    item.closed(),
                    d == null ? null : d.text(),
                    d == null || d.outcome() == null ? null : d.outcome().name()));
        }
        reviewItems.flush();
        events.publishEvent(new DraftMinutesSentForReview(meetingId, meeting.committeeId(), deadline, at));
        return view(review, meeting);
    }

    /** The latest review round of the meeting, if the draft was sent. */
    @Transactional(readOnly = true)
    public Optional<ReviewView> current(long meetingId) {
        MeetingView meeting = meeting(meetingId);
        return reviews.findFirstByMeetingIdOrderByRoundDesc(meetingId).map(r -> view(r, meeting));
    }

    /** Whether the user is a member of the meeting's committee, so may read the draft and comment on it. */
    @Transactional(readOnly = true)
    public boolean isReviewer(long meetingId, long userId) {
        return committees.isMember(meeting(meetingId).committeeId(), userId);
    }

    /**
     * A member's comment on one item of the draft.
     *
     * @throws MinutesStateException when no draft was sent, the deadline has passed or the minutes are approved
     * @throws org.springframework.security.access.AccessDeniedException when the user is not a committee member
     * @throws InvalidMinutesInputException ({@code itemId}, {@code text}) for an item not in the draft or a blank or
     *     too long text
     */
    public ReviewCommentView comment(long meetingId, long itemId, CurrentUser user, String text) {
        MeetingView meeting = meeting(meetingId);
        MinutesReview review = reviews.findFirstByMeetingIdOrderByRoundDesc(meetingId)
                .orElseThrow(() -> new MinutesStateException(
                        "The draft minutes of meeting " + meetingId + " have not been sent for comments"));
        if (!committees.isMember(meeting.committeeId(), user.id())) {
            throw new org.springframework.security.access.AccessDeniedException("User '" + user.username()
                    + "' is not a member of the committee of meeting " + meetingId + " and may not comment");
        }
        if (!open(review, meeting)) {
            throw new MinutesStateException("Comments on the draft minutes of meeting " + meetingId
                    + " closed: the deadline was " + review.deadline() + " and the meeting is " + meeting.state());
        }
        boolean inDraft = reviewItems.findByReviewIdOrderByPositionAsc(review.id()).stream()
                .anyMatch(i -> i.itemId() == itemId);
        if (!inDraft) {
            throw new InvalidMinutesInputException(
                    "itemId", "Item " + itemId + " is not in the draft minutes of meeting " + meetingId);
        }
        if (text == null || text.isBlank()) {
            throw new InvalidMinutesInputException("text", "The comment is empty");
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_COMMENT) {
            throw new InvalidMinutesInputException(
                    "text", "A comment is at most " + MAX_COMMENT + " characters, was " + stripped.length());
        }
        String author =
                user.displayName() == null || user.displayName().isBlank() ? user.username() : user.displayName();
        MinutesReviewComment saved = comments.saveAndFlush(
                new MinutesReviewComment(review.id(), meetingId, itemId, user.id(), author, stripped, now()));
        return view(saved, review.round());
    }

    /** Every comment on the meeting's draft minutes, all rounds, oldest first. */
    @Transactional(readOnly = true)
    public List<ReviewCommentView> comments(long meetingId) {
        Map<Long, Integer> rounds = new HashMap<>();
        return comments.findByMeetingIdOrderByIdAsc(meetingId).stream()
                .map(c -> view(
                        c,
                        rounds.computeIfAbsent(
                                c.reviewId(),
                                id -> reviews.findById(id)
                                        .map(MinutesReview::round)
                                        .orElse(0))))
                .toList();
    }

    private ReviewView view(MinutesReview review, MeetingView meeting) {
        List<ReviewView.SentItem> items = reviewItems.findByReviewIdOrderByPositionAsc(review.id()).stream()
                .map(i -> new ReviewView.SentItem(
                        i.position(), i.itemId(), i.title(), i.closed(), i.decision(), outcome(i.outcome())))
                .toList();
        return new ReviewView(
                review.meetingId(),
                review.round(),
                review.deadline(),
                review.sentAt(),
                review.sentBy(),
                open(review, meeting),
                items);
    }

    private static ReviewCommentView view(MinutesReviewComment c, int round) {
        return new ReviewCommentView(c.id(), round, c.itemId(), c.userId(), c.author(), c.text(), c.createdAt());
    }

    private boolean open(MinutesReview review, MeetingView meeting) {
        return meeting.state() == MeetingState.AFHOLDT && !today().isAfter(review.deadline());
    }

    private static Outcome outcome(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Outcome.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private MeetingView meeting(long meetingId) {
        return meetings.find(meetingId)
                .orElseThrow(() -> new NoSuchElementException("There is no meeting " + meetingId));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DANISH_TIME));
    }

    private String who() {
        return accounts.current().map(CurrentUser::username).orElse("system");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
