package dk.punkt.minutes;

import dk.punkt.items.ItemNotFoundException;
import dk.punkt.items.ItemService;
import dk.punkt.items.ItemState;
import dk.punkt.items.ItemView;
import dk.punkt.items.RichText;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingState;
import dk.punkt.meetings.MeetingStateException;
import dk.punkt.meetings.MeetingView;
import dk.punkt.meetings.MinutesCorrected;
import dk.punkt.minutes.internal.ItemPostponement;
import dk.punkt.minutes.internal.ItemPostponementRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes of a meeting (referat): decisions recorded in the meeting, approval, corrections with a reason, and
 * postponed items going back to the backlog. The approved and corrected minutes are frozen as versions by the
 * publishing module's version store ({@code document_version}), on the events published here and by meetings.
 */
@Service
@Transactional
public class MinutesService {

    /** Pass as {@code expectedVersion} when the caller saw no decision on the item yet. */
    public static final long NO_DECISION = -1L;

    static final int MAX_REASON = 2000;

    /** Items in these states are not on an agenda, so a meeting cannot decide on them. */
    private static final Set<ItemState> NOT_ON_AGENDA =
            EnumSet.of(ItemState.KLADDE, ItemState.TIL_GODKENDELSE, ItemState.GODKENDT);

    private final DecisionService decisions;
    private final ItemService items;
    private final MeetingService meetings;
    private final ItemPostponementRepository postponements;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MinutesService(
            DecisionService decisions,
            ItemService items,
            MeetingService meetings,
            ItemPostponementRepository postponements,
            ApplicationEventPublisher events,
            ObjectProvider<Clock> clock) {
        this.decisions = decisions;
        this.items = items;
        this.meetings = meetings;
        this.postponements = postponements;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Records the decision on an item of a meeting whose agenda is out or that is held. The first decision of a
     * meeting whose agenda is out marks it held (AFHOLDT). The outcome UDSAT sends the item back to its committee's
     * backlog at once (and another outcome brings it back onto this agenda), so that it can be planned again.
     *
     * @param expectedVersion the decision's version the caller last saw, {@link #NO_DECISION} when it saw none, or
     *     null to skip the check
     * @throws ItemNotFoundException for an unknown item
     * @throws MinutesStateException when the item is on no published agenda or the minutes are approved
     * @throws DecisionConflictException when someone else saved the decision since {@code expectedVersion}
     */
    public DecisionView recordDecision(long itemId, String text, Outcome outcome, Long expectedVersion) {
        ItemView item = items.find(itemId).orElseThrow(() -> new ItemNotFoundException(itemId));
        MeetingView meeting = meetingOf(item);
        if (meeting.state() == MeetingState.REFERAT_GODKENDT) {
            throw new MinutesStateException("The minutes of meeting " + meeting.id()
                    + " are approved (REFERAT_GODKENDT): the decision on item " + itemId
                    + " can only change through a correction, which makes a new version");
        }
        if (meeting.state() == MeetingState.PLANLAGT) {
            throw new MinutesStateException("Meeting " + meeting.id() + " is PLANLAGT: decisions are recorded once"
                    + " its agenda is out (DAGSORDEN_UDSENDT) or it is held (AFHOLDT); item " + itemId);
        }
        if (NOT_ON_AGENDA.contains(item.state())) {
            throw new MinutesStateException("Item " + itemId + " is " + item.state() + ", not on the agenda of meeting "
                    + meeting.id() + ": there is nothing to decide on yet");
        }
        Optional<DecisionView> existing = decisions.findAt(itemId, meeting.id());
        if (expectedVersion != null) {
            long seen = expectedVersion;
            if (existing.isPresent() && existing.get().version() != seen) {
                DecisionView other = existing.get();
                if (Objects.equals(other.text(), RichText.sanitize(text)) && other.outcome() == outcome) {
                    return other; // the same save twice (autosave and a button): nothing to merge
                }
                throw new DecisionConflictException(itemId, seen, other);
            }
            if (existing.isEmpty() && seen != NO_DECISION) {
                throw new MinutesStateException("The decision on item " + itemId + " that version " + seen
                        + " was expected of no longer exists");
            }
        }
        if (meeting.state() == MeetingState.DAGSORDEN_UDSENDT) {
            meetings.markHeld(meeting.id());
        }
        DecisionView saved = decisions.write(itemId, meeting.id(), text, outcome);
        followOutcome(item, meeting, outcome);
        return saved;
    }

    /** DAGSORDEN_UDSENDT → AFHOLDT by hand (a meeting may be held before any decision is written). */
    public MeetingView markHeld(long meetingId) {
        return meetings.markHeld(meetingId);
    }

    /**
     * Approves the minutes (AFHOLDT → REFERAT_GODKENDT) when every agenda item has a decision with an outcome. Items
     * become BEHANDLET (or TRUKKET, or stay UDSAT in the backlog); a decision without text gets its outcome as text
     * ("Godkendt."). Publishes {@link dk.punkt.meetings.MinutesApproved} (through the meetings module): the publishing module freezes the
     * approved minutes as a document version then.
     *
     * @throws MissingDecisionsException naming each item without a decision
     * @throws dk.punkt.meetings.MeetingStateException when the meeting is not AFHOLDT
     */
    public MeetingView approve(long meetingId) {
        MeetingView meeting = meeting(meetingId);
        List<ItemView> agenda = agendaItems(meeting);
        Map<Long, DecisionView> byItem = decisions.findForMeeting(
                meetingId, agenda.stream().map(ItemView::id).toList());
        List<MissingDecisionsException.Missing> missing = new ArrayList<>();
        for (int i = 0; i < agenda.size(); i++) {
            ItemView item = agenda.get(i);
            DecisionView decision = byItem.get(item.id());
            if (decision == null || decision.outcome() == null) {
                missing.add(new MissingDecisionsException.Missing(item.id(), i + 1, item.title()));
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingDecisionsException(meetingId, missing);
        }
        if (meeting.state() != MeetingState.AFHOLDT) {
            throw new MeetingStateException(meetingId, meeting.state(), MeetingState.REFERAT_GODKENDT);
        }
        for (ItemView item : agenda) {
            DecisionView decision = byItem.get(item.id());
            if (decision.text() == null || decision.text().isBlank()) {
                decisions.write(item.id(), meetingId, "<p>" + decision.outcome().label() + ".</p>", decision.outcome());
            }
            settle(item, meetingId, decision.outcome());
        }
        return meetings.approveMinutes(meetingId);
    }

    /**
     * Corrects approved minutes: the decisions change and {@link MinutesCorrected} with the reason is published, on
     * which the publishing module freezes the corrected minutes as a new document version; earlier versions stay.
     *
     * @throws IllegalArgumentException naming the field: {@code reason} missing, {@code items} empty or an item
     *     that is not on the meeting's agenda
     * @throws MinutesStateException when the minutes are not approved yet
     */
    public MeetingView correct(long meetingId, String reason, List<Correction> corrections) {
        MeetingView meeting = meeting(meetingId);
        if (meeting.state() != MeetingState.REFERAT_GODKENDT) {
            throw new MinutesStateException("Meeting " + meetingId + " is " + meeting.state()
                    + ": only approved minutes (REFERAT_GODKENDT) are corrected; until then change the decision");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidMinutesInputException("reason", "reason must say why the approved minutes are corrected");
        }
        String checkedReason = reason.strip();
        if (checkedReason.length() > MAX_REASON) {
            throw new InvalidMinutesInputException(
                    "reason", "reason must be at most " + MAX_REASON + " characters, was " + checkedReason.length());
        }
        if (corrections == null || corrections.isEmpty()) {
            throw new InvalidMinutesInputException(
                    "items", "items must name at least one item whose decision is corrected");
        }
        List<ItemView> agenda = agendaItems(meeting);
        Set<Long> onAgenda =
                new java.util.HashSet<>(agenda.stream().map(ItemView::id).toList());
        for (int i = 0; i < corrections.size(); i++) {
            Correction c = corrections.get(i);
            if (c == null || !onAgenda.contains(c.itemId())) {
                throw new InvalidMinutesInputException(
                        "items[" + i + "].id",
                        "item " + (c == null ? null : c.itemId()) + " is not on the agenda of meeting " + meetingId);
            }
        }
        Map<Long, DecisionView> before = decisions.findForMeeting(meetingId, onAgenda);
        for (Correction c : corrections) {
            DecisionView old = before.get(c.itemId());
            Outcome outcome = c.outcome() != null ? c.outcome() : old == null ? null : old.outcome();
            String text = c.text() != null ? c.text() : old == null ? "" : old.text();
            decisions.write(c.itemId(), meetingId, text, outcome);
        }
        Instant at = now();
        events.publishEvent(new MinutesCorrected(meetingId, meeting.committeeId(), checkedReason, at));
        return meeting(meetingId);
    }

    /** The meetings that postponed the item, oldest first. */
    @Transactional(readOnly = true)
    public List<PostponementView> postponementsOf(long itemId) {
        return postponements.findByItemIdOrderByPostponedAtAsc(itemId).stream()
                .map(p -> new PostponementView(
                        p.itemId(),
                        p.meetingId(),
                        meetings.find(p.meetingId()).map(MeetingView::date).orElse(null),
                        p.postponedAt()))
                .toList();
    }

    /**
     * The postponements of several items in one query (a meeting document asks for all its items at once), each
     * item's oldest first; items never postponed are absent.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<PostponementView>> postponementsOf(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, LocalDate> meetingDates = new HashMap<>();
        Map<Long, List<PostponementView>> byItem = new HashMap<>();
        postponements.findByItemIdIn(itemIds).stream()
                .sorted(Comparator.comparing(ItemPostponement::postponedAt))
                .forEach(p -> byItem.computeIfAbsent(p.itemId(), id -> new ArrayList<>())
                        .add(new PostponementView(
                                p.itemId(),
                                p.meetingId(),
                                meetingDates.computeIfAbsent(
                                        p.meetingId(),
                                        id -> meetings.find(id)
                                                .map(MeetingView::date)
                                                .orElse(null)),
                                p.postponedAt())));
        return byItem;
    }

    /** The meeting's agenda items in order (or its items by id when no agenda is assembled). */
    @Transactional(readOnly = true)
    public List<ItemView> agendaItems(long meetingId) {
        return agendaItems(meeting(meetingId));
    }

    /** UDSAT sends the item back to the backlog now; changing the outcome again brings it back onto the agenda. */
    private void followOutcome(ItemView item, MeetingView meeting, Outcome outcome) {
        boolean here = Objects.equals(item.meetingId(), meeting.id());
        if (!here) {
            return;
        }
        if (outcome == Outcome.UDSAT && item.state() == ItemState.PÅ_DAGSORDEN) {
            items.postpone(item.id());
            if (postponements.findByItemIdAndMeetingId(item.id(), meeting.id()).isEmpty()) {
                postponements.save(new ItemPostponement(item.id(), meeting.id(), now()));
            }
        } else if (outcome != Outcome.UDSAT && item.state() == ItemState.UDSAT) {
            items.placeOnAgenda(item.id(), meeting.id());
            postponements.findByItemIdAndMeetingId(item.id(), meeting.id()).ifPresent(postponements::delete);
        }
    }

    /** At approval: the agenda's items are dealt with, withdrawn, or (UDSAT) already back in the backlog. */
    private void settle(ItemView item, long meetingId, Outcome outcome) {
        if (!Objects.equals(item.meetingId(), meetingId)) {
            return; // postponed here and already on a later agenda
        }
        ItemView current = items.find(item.id()).orElseThrow();
        if (outcome == Outcome.UDSAT) {
            if (current.state() == ItemState.PÅ_DAGSORDEN) {
                items.postpone(item.id());
                postponements.save(new ItemPostponement(item.id(), meetingId, now()));
            }
        } else if (outcome == Outcome.TRUKKET) {
            if (current.state().canBecome(ItemState.TRUKKET)) {
                items.withdraw(item.id());
            }
        } else if (current.state() == ItemState.PÅ_DAGSORDEN) {
            items.markTreated(item.id());
        }
    }

    private MeetingView meetingOf(ItemView item) {
        if (item.meetingId() == null) {
            throw new MinutesStateException(
                    "Item " + item.id() + " is on no meeting's agenda: there is no meeting to decide on it");
        }
        return meeting(item.meetingId());
    }

    private MeetingView meeting(long meetingId) {
        return meetings.find(meetingId)
                .orElseThrow(() -> new java.util.NoSuchElementException("There is no meeting " + meetingId));
    }

    private List<ItemView> agendaItems(MeetingView meeting) {
        List<Long> ids = meeting.agenda().stream()
                .filter(row -> !row.isPause())
                .map(MeetingView.AgendaRow::itemId)
                .toList();
        return ids.isEmpty() ? items.findByMeeting(meeting.id()) : items.findAll(ids);
    }

    // The database keeps microseconds; truncate so views before and after a reload agree.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
