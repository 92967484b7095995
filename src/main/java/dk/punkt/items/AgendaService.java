package dk.punkt.items;

import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.committees.CommitteeView.Placement;
import dk.punkt.items.internal.AgendaItem;
import dk.punkt.items.internal.AgendaItemRepository;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingState;
import dk.punkt.meetings.MeetingView;
import dk.punkt.meetings.MeetingView.AgendaRow;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agenda assembly and publishing with the item rules: the committee's standing items are kept first and last, the
 * items' states follow the agenda, and only approved items go out. It lives in {@code items} because it needs both
 * items and meetings, and meetings may not use items; the meeting still owns its rows and its lifecycle.
 */
@Service
@Transactional
public class AgendaService {

    /** The states an item may have on an agenda that is published. */
    public static final Set<ItemState> PUBLISHABLE = EnumSet.of(ItemState.GODKENDT, ItemState.PÅ_DAGSORDEN);

    /** Items in these states are placed on the agenda (→ PÅ_DAGSORDEN) when it is assembled or published. */
    private static final Set<ItemState> READY = EnumSet.of(ItemState.GODKENDT, ItemState.UDSAT);

    /** Once the agenda is out, items that have been dealt with may stay on it too. */
    private static final Set<ItemState> ON_PUBLISHED_AGENDA =
            EnumSet.of(ItemState.GODKENDT, ItemState.PÅ_DAGSORDEN, ItemState.UDSAT, ItemState.BEHANDLET);

    private final AgendaItemRepository repository;
    private final MeetingService meetings;
    private final CommitteeService committees;

    AgendaService(AgendaItemRepository repository, MeetingService meetings, CommitteeService committees) {
        this.repository = repository;
        this.meetings = meetings;
        this.committees = committees;
    }

    /**
     * Sets the meeting's agenda from {@code rows} (items and pauses in order) and keeps the committee's standing
     * items in place: the FIRST ones before the rows, the LAST ones after them, wherever the caller put them. The
     * standing items are created (approved, as they carry no case work) the first time a meeting's agenda is
     * assembled. Items that are approved or postponed are placed on the agenda; items taken off it become approved
     * again. Items still in draft or awaiting approval may be on a planned agenda, but publishing refuses them.
     *
     * @param expectedVersion the meeting version the caller last saw, or null to skip the check
     * @throws InvalidAgendaException naming the row that is wrong
     * @throws org.springframework.dao.OptimisticLockingFailureException when the meeting changed since
     *     {@code expectedVersion}
     * @throws UnapprovedItemsException when the agenda is already out and a row's item is not approved
     */
    public MeetingView assemble(long meetingId, List<AgendaRow> rows, Long expectedVersion) {
        if (rows == null) {
            throw new InvalidAgendaException("rows", "the agenda rows are missing for meeting " + meetingId);
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == null) {
                throw new InvalidAgendaException("rows[" + i + "]", "a row is either an item or a pause, not empty");
            }
        }
        // Locked first, so two assemblies of one meeting cannot both create the standing items.
        MeetingView meeting = meetings.lockForChange(meetingId, expectedVersion);
        List<AgendaItem> standing = standingItems(meeting);
        Set<Long> standingIds = standing.stream().map(AgendaItem::id).collect(Collectors.toSet());

        Map<Long, AgendaItem> byId =
                repository
                        .findAllById(rows.stream()
                                .filter(row -> !row.isPause())
                                .map(AgendaRow::itemId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(AgendaItem::id, Function.identity()));
        List<AgendaRow> middle = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<UnapprovedItemsException.Unapproved> unapproved = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            AgendaRow row = rows.get(i);
            if (row.isPause()) {
                middle.add(row);
                continue;
            }
            String field = "rows[" + i + "].itemId";
            AgendaItem item = byId.get(row.itemId());
            if (item == null) {
                throw new InvalidAgendaException(field, "there is no item " + row.itemId());
            }
            if (!seen.add(item.id())) {
                throw new InvalidAgendaException(field, "item " + item.id() + " appears twice on the agenda");
            }
            if (standingIds.contains(item.id())) {
                continue; // kept in its place below
            }
            checkFits(field, item, meeting);
            if (meeting.state() != MeetingState.PLANLAGT && !ON_PUBLISHED_AGENDA.contains(item.state())) {
                unapproved.add(new UnapprovedItemsException.Unapproved(item.id(), item.title(), item.state()));
            }
            middle.add(row);
        }
        if (!unapproved.isEmpty()) {
            throw new UnapprovedItemsException(meetingId, "change the published agenda", unapproved);
        }

        List<AgendaRow> agenda = new ArrayList<>();
        standing.stream()
                .filter(item -> item.standing() == Placement.FIRST)
                .forEach(item -> agenda.add(AgendaRow.item(item.id())));
        agenda.addAll(middle);
        standing.stream()
                .filter(item -> item.standing() == Placement.LAST)
                .forEach(item -> agenda.add(AgendaRow.item(item.id())));
        MeetingView result = meetings.setAgenda(meetingId, agenda);

        Set<Long> onAgenda = agenda.stream()
                .filter(row -> !row.isPause())
                .map(AgendaRow::itemId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (AgendaItem item : repository.findAllById(onAgenda)) {
            if (READY.contains(item.state())) {
                item.placeOnAgenda(meetingId);
            }
        }
        for (AgendaItem item : repository.findByMeetingIdOrderByIdAsc(meetingId)) {
            if (item.state() == ItemState.PÅ_DAGSORDEN && !onAgenda.contains(item.id())) {
                item.takeOffAgenda();
            }
        }
        repository.flush();
        return result;
    }

    /**
     * PLANLAGT → DAGSORDEN_UDSENDT, when every item on the agenda is approved; approved items are then placed on it.
     *
     * @throws UnapprovedItemsException naming the items that are not approved
     * @throws dk.punkt.meetings.MeetingStateException when the meeting is not PLANLAGT
     */
    public MeetingView publishAgenda(long meetingId) {
        MeetingView meeting = meetings.lockForChange(meetingId, null);
        List<Long> ids = meeting.agenda().stream()
                .filter(row -> !row.isPause())
                .map(AgendaRow::itemId)
                .toList();
        Map<Long, AgendaItem> byId =
                repository.findAllById(ids).stream().collect(Collectors.toMap(AgendaItem::id, Function.identity()));
        List<UnapprovedItemsException.Unapproved> unapproved = ids.stream()
                .map(byId::get)
                .filter(Objects::nonNull)
                .filter(item -> !PUBLISHABLE.contains(item.state()))
                .map(item -> new UnapprovedItemsException.Unapproved(item.id(), item.title(), item.state()))
                .toList();
        if (!unapproved.isEmpty() && meeting.state() == MeetingState.PLANLAGT) {
            throw new UnapprovedItemsException(meetingId, "publish the agenda", unapproved);
        }
        MeetingView published = meetings.publishAgenda(meetingId);
        for (AgendaItem item : byId.values()) {
            if (item.state() == ItemState.GODKENDT) {
                item.placeOnAgenda(meetingId);
            }
        }
        repository.flush();
        return published;
    }

    /**
     * Sends the changed published agenda out again as a dated correction (rettelse) with a reason; the version
     * store keeps the earlier version readable.
     *
     * @throws UnapprovedItemsException when an item on it is not approved
     * @throws dk.punkt.meetings.MeetingStateException when the agenda is not out or the meeting is cancelled
     */
    public MeetingView publishCorrection(long meetingId, String reason, Long expectedVersion) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidAgendaException("reason", "a correction of the agenda needs a reason");
        }
        MeetingView meeting = meetings.lockForChange(meetingId, expectedVersion);
        refuseUnapproved(meeting, "publish a correction of the agenda");
        return meetings.correctAgenda(meetingId, reason);
    }

    /**
     * Sends the items added since the agenda went out as a supplementary agenda (tillægsdagsorden), dated today.
     *
     * @throws dk.punkt.meetings.MeetingStateException when the agenda is not out or nothing was added
     */
    public MeetingView publishSupplement(long meetingId, Long expectedVersion) {
        MeetingView meeting = meetings.lockForChange(meetingId, expectedVersion);
        refuseUnapproved(meeting, "publish a supplementary agenda");
        MeetingView result = meetings.publishSupplement(meetingId);
        for (AgendaItem item : repository.findAllById(meeting.unpublishedItemIds())) {
            if (item.state() == ItemState.GODKENDT) {
                item.placeOnAgenda(meetingId);
            }
        }
        repository.flush();
        return result;
    }

    /** A cancelled meeting's items go back to the committee's backlog (approved), ready for another meeting. */
    @org.springframework.context.event.EventListener
    void on(dk.punkt.meetings.MeetingCancelled event) {
        for (AgendaItem item : repository.findByMeetingIdOrderByIdAsc(event.meetingId())) {
            if (item.state() == ItemState.PÅ_DAGSORDEN && item.standing() == null) {
                item.takeOffAgenda();
            }
        }
        repository.flush();
    }

    private void refuseUnapproved(MeetingView meeting, String action) {
        List<Long> ids = meeting.agenda().stream()
                .filter(row -> !row.isPause())
                .map(AgendaRow::itemId)
                .toList();
        List<UnapprovedItemsException.Unapproved> unapproved = repository.findAllById(ids).stream()
                .filter(item -> !ON_PUBLISHED_AGENDA.contains(item.state()))
                .map(item -> new UnapprovedItemsException.Unapproved(item.id(), item.title(), item.state()))
                .toList();
        if (!unapproved.isEmpty()) {
            throw new UnapprovedItemsException(meeting.id(), action, unapproved);
        }
    }

    /** The meeting's standing items, created from the committee's settings when the meeting has none yet. */
    private List<AgendaItem> standingItems(MeetingView meeting) {
        List<AgendaItem> existing = repository.findByMeetingIdAndStandingIsNotNullOrderByIdAsc(meeting.id());
        if (!existing.isEmpty()) {
            return existing;
        }
        CommitteeView committee = committees.find(meeting.committeeId()).orElseThrow();
        List<AgendaItem> created = new ArrayList<>();
        for (CommitteeView.StandingItem standing : committee.standingItems()) {
            AgendaItem item = new AgendaItem(
                    committee.id(),
                    meeting.id(),
                    standing.title(),
                    null,
                    ItemType.ORIENTERING,
                    null,
                    standing.minutes(),
                    false);
            item.markStanding(standing.placement());
            item.submit();
            item.approve();
            created.add(repository.save(item));
        }
        repository.flush();
        return created;
    }

    private static void checkFits(String field, AgendaItem item, MeetingView meeting) {
        if (item.committeeId() != meeting.committeeId()) {
            throw new InvalidAgendaException(
                    field,
                    "item " + item.id() + " belongs to committee " + item.committeeId() + ", not to committee "
                            + meeting.committeeId() + " of meeting " + meeting.id());
        }
        if (item.state() == ItemState.TRUKKET) {
            throw new InvalidAgendaException(field, "item " + item.id() + " is withdrawn (TRUKKET)");
        }
        boolean elsewhere = item.meetingId() != null && item.meetingId() != meeting.id();
        if (elsewhere && (item.state() == ItemState.PÅ_DAGSORDEN || item.state() == ItemState.BEHANDLET)) {
            throw new InvalidAgendaException(
                    field,
                    "item " + item.id() + " is " + item.state() + " at meeting " + item.meetingId()
                            + "; it cannot be on the agenda of meeting " + meeting.id() + " too");
        }
    }
}
