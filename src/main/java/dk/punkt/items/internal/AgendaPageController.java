package dk.punkt.items.internal;

import dk.punkt.accounts.AccountService;
import dk.punkt.accounts.CurrentUser;
import dk.punkt.accounts.WorkflowPolicy;
import dk.punkt.accounts.WorkflowPolicy.Step;
import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.items.AgendaService;
import dk.punkt.items.AgendaSuggestions;
import dk.punkt.items.InvalidAgendaException;
import dk.punkt.items.ItemService;
import dk.punkt.items.ItemState;
import dk.punkt.items.ItemView;
import dk.punkt.items.UnapprovedItemsException;
import dk.punkt.meetings.MeetingStateException;
import dk.punkt.meetings.MeetingView;
import dk.punkt.meetings.MeetingView.AgendaRow;
import dk.punkt.meetings.Timetable;
import dk.punkt.meetings.TimetableRow;
import dk.punkt.web.Formats;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Assembling a meeting's agenda (SECRETARY, ADMIN): the rows with their timetable, the committee's approved items
 * to add, pauses, moving rows up and down by buttons (plain form posts, so keyboard and no-JS users have every step;
 * drag-and-drop posts the same form), and publishing, correcting and supplementing the agenda. Every change carries
 * the meeting version the page showed: a stale page is refused with a message instead of overwriting.
 */
@Controller
class AgendaPageController {

    private static final int MAX_PAUSE = 240;

    private final AccountService accounts;
    private final WorkflowPolicy policy;
    private final CommitteeService committees;
    private final dk.punkt.meetings.MeetingService meetings;
    private final ItemService items;
    private final AgendaService agendas;
    private final AgendaItemRepository repository;
    private final ObjectProvider<AgendaSuggestions> suggestions;

    AgendaPageController(
            AccountService accounts,
            WorkflowPolicy policy,
            CommitteeService committees,
            dk.punkt.meetings.MeetingService meetings,
            ItemService items,
            AgendaService agendas,
            AgendaItemRepository repository,
            ObjectProvider<AgendaSuggestions> suggestions) {
        this.suggestions = suggestions;
        this.accounts = accounts;
        this.policy = policy;
        this.committees = committees;
        this.meetings = meetings;
        this.items = items;
        this.agendas = agendas;
        this.repository = repository;
    }

    /** The posted form: {@code op} is the button pressed, e.g. "up:3", "add:17", "pause", "order", "publish". */
    record AgendaForm(Long version, String op, String pauseMinutes, String order, String reason) {}

    @GetMapping("/moeder/{id}/dagsorden")
    String page(@PathVariable long id, Model model) {
        policy.require(user(), Step.ASSEMBLE_AGENDA);
        MeetingView meeting = meeting(id);
        CommitteeView committee = committees.find(meeting.committeeId()).orElseThrow();
        List<AgendaLine> lines = lines(meeting);
        Set<Long> onAgenda = lines.stream()
                .map(AgendaLine::itemId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        List<ItemView> backlog = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<ItemView> waiting = new ArrayList<>();
        for (ItemView item : items.findByMeeting(id)) {
            if (onAgenda.contains(item.id()) || !seen.add(item.id())) {
                continue;
            }
            if (item.state() == ItemState.GODKENDT || item.state() == ItemState.UDSAT) {
                backlog.add(item);
            } else if (item.state() == ItemState.KLADDE || item.state() == ItemState.TIL_GODKENDELSE) {
                waiting.add(item);
            }
        }
        for (ItemView item : items.findBacklog(meeting.committeeId())) {
            if (!onAgenda.contains(item.id()) && seen.add(item.id()) && !standing(item.id())) {
                backlog.add(item);
            }
        }
        List<TimetableRow> timetable = timetable(meeting);
        model.addAttribute("meeting", meeting);
        model.addAttribute("committee", committee);
        model.addAttribute("lines", lines);
        model.addAttribute("backlog", backlog);
        model.addAttribute("waiting", waiting);
        model.addAttribute("runsLate", Timetable.endsAfter(timetable, meeting.endTime()));
        model.addAttribute(
                "plannedEnd",
                timetable.isEmpty()
                        ? null
                        : Formats.timetableTime(
                                timetable.get(timetable.size() - 1).end()));
        model.addAttribute("editable", !meeting.cancelled() && meeting.state().ordinal() <= 1);
        model.addAttribute(
                "suggestions",
                suggestions
                        .orderedStream()
                        .flatMap(s -> s.forMeeting(id).stream())
                        .toList());
        return "meetings/agenda";
    }

    @PostMapping("/moeder/{id}/dagsorden")
    String change(@PathVariable long id, AgendaForm form, RedirectAttributes redirect) {
        CurrentUser user = user();
        String op = form.op() == null ? "" : form.op();
        String target = "redirect:/moeder/" + id + "/dagsorden";
        try {
            if (op.equals("publish")) {
                policy.require(user, Step.PUBLISH_AGENDA);
                checkVersion(id, form.version());
                agendas.publishAgenda(id);
                redirect.addFlashAttribute("status", "meetings.agenda.published");
                return target;
            }
            if (op.equals("supplement")) {
                policy.require(user, Step.PUBLISH_AGENDA);
                agendas.publishSupplement(id, form.version());
                redirect.addFlashAttribute("status", "meetings.agenda.supplementPublished");
                return target;
            }
            if (op.equals("correct")) {
                policy.require(user, Step.PUBLISH_AGENDA);
                if (form.reason() == null || form.reason().isBlank()) {
                    redirect.addFlashAttribute("error", "meetings.agenda.reasonMissing");
                    return target + "#rettelse";
                }
                agendas.publishCorrection(id, form.reason(), form.version());
                redirect.addFlashAttribute("status", "meetings.agenda.corrected");
                return target;
            }
            policy.require(user, Step.ASSEMBLE_AGENDA);
            MeetingView meeting = meeting(id);
            List<AgendaRow> rows = new ArrayList<>(meeting.agenda());
            String status;
            String statusArg = null;
            String focus = null;
            if (op.startsWith("add:")) {
                long itemId = Long.parseLong(op.substring(4));
                int at = endOfMiddle(rows);
                rows.add(at, AgendaRow.item(itemId));
                status = "meetings.agenda.added";
                statusArg = title(itemId);
                focus = "remove-i" + itemId;
            } else if (op.startsWith("remove:")) {
                int index = Integer.parseInt(op.substring(7));
                AgendaRow removed = rows.remove(index);
                status = removed.isPause() ? "meetings.agenda.pauseRemoved" : "meetings.agenda.removed";
                statusArg = removed.isPause() ? null : title(removed.itemId());
                focus = removed.isPause() ? "pause-minutes" : "add-i" + removed.itemId();
            } else if (op.startsWith("up:") || op.startsWith("down:")) {
                boolean up = op.startsWith("up:");
                int index = Integer.parseInt(op.substring(up ? 3 : 5));
                int other = up ? index - 1 : index + 1;
                if (other < 0 || other >= rows.size()) {
                    throw new InvalidAgendaException("op", "row " + index + " cannot move further");
                }
                AgendaRow moved = rows.get(index);
                rows.set(index, rows.get(other));
                rows.set(other, moved);
                status = up ? "meetings.agenda.movedUp" : "meetings.agenda.movedDown";
                statusArg = moved.isPause() ? "Pause" : title(moved.itemId());
                focus = (up ? "up-" : "down-") + keyOf(moved, other);
            } else if (op.equals("pause")) {
                int minutes = parsePause(form.pauseMinutes());
                if (minutes < 1) {
                    redirect.addFlashAttribute("error", "meetings.agenda.pauseInvalid");
                    redirect.addFlashAttribute("focus", "pause-minutes");
                    return target;
                }
                rows.add(endOfMiddle(rows), AgendaRow.pause(minutes));
                status = "meetings.agenda.pauseAdded";
                statusArg = String.valueOf(minutes);
                focus = "pause-minutes";
            } else if (op.equals("order")) {
                rows = parseOrder(form.order());
                status = "meetings.agenda.reordered";
            } else {
                throw new InvalidAgendaException("op", "unknown change '" + op + "'");
            }
            agendas.assemble(id, rows, form.version());
            redirect.addFlashAttribute("status", status);
            redirect.addFlashAttribute("statusArg", statusArg);
            redirect.addFlashAttribute("focus", focus);
        } catch (ConcurrencyFailureException e) {
            redirect.addFlashAttribute("error", "meetings.agenda.stale");
        } catch (UnapprovedItemsException e) {
            redirect.addFlashAttribute("error", "meetings.agenda.unapproved");
            redirect.addFlashAttribute(
                    "unapproved",
                    e.items().stream()
                            .map(UnapprovedItemsException.Unapproved::title)
                            .toList());
        } catch (MeetingStateException e) {
            redirect.addFlashAttribute("error", "meetings.agenda.stateRefused");
        } catch (IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException e) {
            // e.g. a crafted post adding a draft or another committee's item: refused by the rules, shown plainly
            redirect.addFlashAttribute("error", "meetings.agenda.invalid");
        }
        return target;
    }

    /** Ids like "up-i17" or "up-p3" (a pause, by its row index) for the buttons the page focuses after a change. */
    private static String keyOf(AgendaRow row, int index) {
        return row.isPause() ? "p" + index : "i" + row.itemId();
    }

    private void checkVersion(long id, Long version) {
        if (version != null && meeting(id).version() != version) {
            throw new org.springframework.dao.OptimisticLockingFailureException("Meeting " + id + " changed");
        }
    }

    /** Where new rows go: before the committee's closing standing items. */
    private int endOfMiddle(List<AgendaRow> rows) {
        int at = rows.size();
        while (at > 0) {
            AgendaRow before = rows.get(at - 1);
            if (before.isPause() || !lastStanding(before.itemId())) {
                break;
            }
            at--;
        }
        return at;
    }

    private static int parsePause(String text) {
        try {
            int minutes = Integer.parseInt(text == null ? "" : text.strip());
            return minutes >= 1 && minutes <= MAX_PAUSE ? minutes : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The drag-and-drop order: "i17,p5,i18" (items by id, pauses by minutes). */
    private static List<AgendaRow> parseOrder(String order) {
        List<AgendaRow> rows = new ArrayList<>();
        if (order == null || order.isBlank()) {
            throw new InvalidAgendaException("order", "the new order is missing");
        }
        for (String key : order.split(",")) {
            String k = key.strip();
            if (k.startsWith("i")) {
                rows.add(AgendaRow.item(Long.parseLong(k.substring(1))));
            } else if (k.startsWith("p")) {
                rows.add(AgendaRow.pause(Integer.parseInt(k.substring(1))));
            } else {
                throw new InvalidAgendaException("order", "unknown row '" + k + "'");
            }
        }
        return rows;
    }

    private List<AgendaLine> lines(MeetingView meeting) {
        List<Long> ids = meeting.agenda().stream()
                .filter(row -> !row.isPause())
                .map(AgendaRow::itemId)
                .toList();
        Map<Long, ItemView> byId =
                items.findAll(ids).stream().collect(Collectors.toMap(ItemView::id, Function.identity()));
        Set<Long> standing = repository.findByMeetingIdAndStandingIsNotNullOrderByIdAsc(meeting.id()).stream()
                .map(AgendaItem::id)
                .collect(Collectors.toSet());
        List<TimetableRow> timetable = timetable(meeting);
        List<AgendaRow> rows = meeting.agenda();
        int firstMovable = -1;
        int lastMovable = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).isPause() || !standing.contains(rows.get(i).itemId())) {
                if (firstMovable < 0) {
                    firstMovable = i;
                }
                lastMovable = i;
            }
        }
        List<AgendaLine> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            AgendaRow row = rows.get(i);
            TimetableRow time = timetable.get(i);
            String label = time.minutes() == 0 ? Formats.timetableTime(time.start()) : time.label();
            if (row.isPause()) {
                lines.add(new AgendaLine(
                        i,
                        "p" + i,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        null,
                        false,
                        row.pauseMinutes(),
                        label,
                        i > firstMovable,
                        i < lastMovable));
                continue;
            }
            ItemView item = byId.get(row.itemId());
            boolean fixed = standing.contains(row.itemId());
            lines.add(new AgendaLine(
                    i,
                    "i" + row.itemId(),
                    row.itemId(),
                    time.number(),
                    item == null ? "#" + row.itemId() : item.title(),
                    item == null || item.type() == null ? null : item.type().label(),
                    item == null ? null : item.responsible(),
                    item != null && item.closed(),
                    item == null ? null : item.state(),
                    fixed,
                    null,
                    label,
                    !fixed && i > firstMovable,
                    !fixed && i < lastMovable));
        }
        return lines;
    }

    private List<TimetableRow> timetable(MeetingView meeting) {
        List<Long> ids = meeting.agenda().stream()
                .filter(row -> !row.isPause())
                .map(AgendaRow::itemId)
                .toList();
        Map<Long, Integer> minutes = items.findAll(ids).stream()
                .collect(Collectors.toMap(ItemView::id, item -> item.minutes() == null ? 0 : item.minutes()));
        return Timetable.compute(meeting.startTime(), meeting.agenda(), itemId -> minutes.getOrDefault(itemId, 0));
    }

    private boolean standing(long itemId) {
        return repository.findById(itemId).map(item -> item.standing() != null).orElse(false);
    }

    private boolean lastStanding(long itemId) {
        return repository
                .findById(itemId)
                .map(item -> item.standing() == dk.punkt.committees.CommitteeView.Placement.LAST)
                .orElse(false);
    }

    private String title(long itemId) {
        return items.find(itemId).map(ItemView::title).orElse("#" + itemId);
    }

    private CurrentUser user() {
        return accounts.current().orElseThrow(() -> new AccessDeniedException("Log in to assemble agendas"));
    }

    private MeetingView meeting(long id) {
        return meetings.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
