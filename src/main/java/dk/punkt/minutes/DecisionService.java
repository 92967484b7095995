package dk.punkt.minutes;

import dk.punkt.items.ItemNotFoundException;
import dk.punkt.items.ItemService;
import dk.punkt.items.ItemView;
import dk.punkt.items.RichText;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingState;
import dk.punkt.minutes.internal.Decision;
import dk.punkt.minutes.internal.DecisionRepository;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions on agenda items: the text the secretary writes and the structured outcome. A decision belongs to an item
 * at a meeting (the item's meeting when it is recorded), so a postponed item keeps "Udsat" in the earlier minutes.
 * The meeting-mode rules (which meeting states allow a decision, marking the meeting held) are in
 * {@link MinutesService}; this service only refuses changes to approved minutes.
 */
@Service
@Transactional
public class DecisionService {

    private final DecisionRepository repository;
    private final ItemService items;
    private final MeetingService meetings;
    private final ApplicationEventPublisher events;

    DecisionService(
            DecisionRepository repository,
            ItemService items,
            MeetingService meetings,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.items = items;
        this.meetings = meetings;
        this.events = events;
    }

    /**
     * Records the decision on an item at its current meeting, replacing any earlier one there. The text is
     * sanitised; the outcome may be null while the secretary is still drafting.
     *
     * @throws ItemNotFoundException if no item has this id
     * @throws MinutesStateException if the item's meeting has approved minutes (a correction is needed instead)
     */
    public DecisionView record(long itemId, String text, Outcome outcome) {
        ItemView item = items.find(itemId).orElseThrow(() -> new ItemNotFoundException(itemId));
        if (item.meetingId() != null) {
            meetings.find(item.meetingId()).ifPresent(meeting -> {
                if (meeting.state() == MeetingState.REFERAT_GODKENDT) {
                    throw new MinutesStateException("The minutes of meeting " + meeting.id()
                            + " are approved (REFERAT_GODKENDT): the decision on item " + itemId
                            + " can only change through a correction, which makes a new version");
                }
            });
        }
        return write(itemId, item.meetingId(), text, outcome);
    }

    /**
     * Records the decisions of a meeting being imported, whose items were just created on it: one insert each,
     * without the per-decision lookups and flush of {@link #record} (there is no earlier decision to replace, and
     * an import writes thousands). Sanitised, and {@link DecisionRecorded} published for each, as {@code record}
     * does.
     *
     * @return the decisions written, by item id
     * @throws MinutesStateException if the meeting has approved minutes already
     */
    public Map<Long, DecisionView> recordImported(long meetingId, List<ImportedDecision> imported) {
        if (imported.isEmpty()) {
            return Map.of();
        }
        meetings.find(meetingId).ifPresent(meeting -> {
            if (meeting.state() == MeetingState.REFERAT_GODKENDT) {
                throw new MinutesStateException("The minutes of meeting " + meetingId
                        + " are approved (REFERAT_GODKENDT): imported decisions are recorded before approval");
            }
        });
        Map<Long, DecisionView> byItem = new HashMap<>();
        repository
                .saveAll(imported.stream()
                        .map(d -> new Decision(d.itemId(), meetingId, RichText.sanitize(d.text()), d.outcome()))
                        .toList())
                .forEach(decision -> byItem.put(decision.itemId(), decision.toView()));
        imported.forEach(d -> events.publishEvent(new DecisionRecorded(d.itemId(), meetingId)));
        return byItem;
    }

    /** Writes a decision without the approval check: corrections of approved minutes go through here. */
    DecisionView write(long itemId, Long meetingId, String text, Outcome outcome) {
        String clean = RichText.sanitize(text);
        Decision decision = (meetingId == null
                        ? repository.findByItemIdAndMeetingIdIsNull(itemId)
                        : repository.findByItemIdAndMeetingId(itemId, meetingId))
                .map(existing -> {
                    existing.revise(clean, outcome);
                    return existing;
                })
                .orElseGet(() -> new Decision(itemId, meetingId, clean, outcome));
        // Flush so the new version number is in the view returned.
        DecisionView saved = repository.saveAndFlush(decision).toView();
        events.publishEvent(new DecisionRecorded(itemId, meetingId));
        return saved;
    }

    /** The decision on the item at its current meeting (or, for an item on no meeting, its decision). */
    @Transactional(readOnly = true)
    public Optional<DecisionView> find(long itemId) {
        Optional<ItemView> item = items.find(itemId);
        if (item.isEmpty()) {
            return Optional.empty();
        }
        Long meetingId = item.get().meetingId();
        return (meetingId == null
                        ? repository.findByItemIdAndMeetingIdIsNull(itemId)
                        : repository.findByItemIdAndMeetingId(itemId, meetingId))
                .map(Decision::toView);
    }

    /** The item's decision taken at the given meeting. */
    @Transactional(readOnly = true)
    public Optional<DecisionView> findAt(long itemId, long meetingId) {
        return repository.findByItemIdAndMeetingId(itemId, meetingId).map(Decision::toView);
    }

    /** The newest decision of each of the given items, keyed by item id; items without a decision are absent. */
    @Transactional(readOnly = true)
    public Map<Long, DecisionView> findByItems(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return repository.findByItemIdIn(itemIds).stream()
                .collect(Collectors.toMap(
                        Decision::itemId,
                        d -> d,
                        (a, b) -> Comparator.comparing(Decision::id).compare(a, b) >= 0 ? a : b))
                .entrySet()
                .stream()
                .collect(Collectors.toUnmodifiableMap(
                        Map.Entry::getKey, e -> e.getValue().toView()));
    }

    /**
     * The decisions taken at one meeting on the given items, keyed by item id. A decision recorded while the item was
     * on no meeting counts too; decisions of other meetings (a postponed item's later decision) do not.
     */
    @Transactional(readOnly = true)
    public Map<Long, DecisionView> findForMeeting(long meetingId, Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return forMeeting(meetingId, repository.findByItemIdIn(itemIds));
    }

    /**
     * As {@link #findForMeeting} for several meetings in one query: each meeting's item ids in, each meeting's
     * decisions by item id out.
     */
    @Transactional(readOnly = true)
    public Map<Long, Map<Long, DecisionView>> findForMeetings(Map<Long, ? extends Collection<Long>> itemIdsByMeeting) {
        List<Long> allItemIds = itemIdsByMeeting.values().stream()
                .flatMap(Collection::stream)
                .distinct()
                .toList();
        Map<Long, List<Decision>> byItem = allItemIds.isEmpty()
                ? Map.of()
                : repository.findByItemIdIn(allItemIds).stream().collect(Collectors.groupingBy(Decision::itemId));
        Map<Long, Map<Long, DecisionView>> result = new HashMap<>();
        itemIdsByMeeting.forEach((meetingId, itemIds) -> result.put(
                meetingId,
                forMeeting(
                        meetingId,
                        itemIds.stream()
                                .flatMap(id -> byItem.getOrDefault(id, List.of()).stream())
                                .toList())));
        return result;
    }

    private static Map<Long, DecisionView> forMeeting(long meetingId, List<Decision> decisionsOfItems) {
        Map<Long, DecisionView> result = new HashMap<>();
        for (Decision d : decisionsOfItems) {
            if (d.meetingId() != null && d.meetingId() == meetingId) {
                result.put(d.itemId(), d.toView());
            } else if (d.meetingId() == null) {
                result.putIfAbsent(d.itemId(), d.toView());
            }
        }
        return Map.copyOf(result);
    }
}
