package dk.punkt.minutes.internal;

import dk.punkt.accounts.AccountService;
import dk.punkt.accounts.CurrentUser;
import dk.punkt.accounts.WorkflowPolicy;
import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.committees.ContentAccess;
import dk.punkt.items.ItemView;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingView;
import dk.punkt.minutes.MinutesService;
import dk.punkt.minutes.NoteService;
import dk.punkt.minutes.NoteView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** "Mine noter": a member's private notes on the items of a meeting, next to the items they prepare. */
@Controller
class NotesController {

    private final AccountService accounts;
    private final WorkflowPolicy policy;
    private final MeetingService meetings;
    private final CommitteeService committees;
    private final ContentAccess access;
    private final MinutesService minutes;
    private final NoteService notes;

    NotesController(
            AccountService accounts,
            WorkflowPolicy policy,
            MeetingService meetings,
            CommitteeService committees,
            ContentAccess access,
            MinutesService minutes,
            NoteService notes) {
        this.accounts = accounts;
        this.policy = policy;
        this.meetings = meetings;
        this.committees = committees;
        this.access = access;
        this.minutes = minutes;
        this.notes = notes;
    }

    @GetMapping("/moeder/{id}/noter")
    String page(
            @PathVariable long id,
            @RequestParam(name = "gemt", required = false) Long saved,
            @RequestParam(name = "konflikt", required = false) Long conflict,
            Model model) {
        CurrentUser user = user();
        MeetingView meeting = readable(id, user);
        boolean closedVisible =
                access.audienceFor(Optional.of(user), meeting.committeeId()).seesClosedContent();
        List<ItemView> agenda = minutes.agendaItems(id);
        Map<Long, NoteView> mine =
                notes.findForItems(user.id(), agenda.stream().map(ItemView::id).toList());
        List<NoteLine> lines = new ArrayList<>();
        for (int i = 0; i < agenda.size(); i++) {
            ItemView item = agenda.get(i);
            lines.add(new NoteLine(i + 1, item, item.closed() && !closedVisible, mine.get(item.id())));
        }
        model.addAttribute("meeting", meeting);
        model.addAttribute(
                "committee",
                committees.find(meeting.committeeId()).map(CommitteeView::name).orElse(""));
        model.addAttribute("lines", lines);
        model.addAttribute("saved", saved);
        model.addAttribute("conflict", conflict);
        return "minutes/notes";
    }

    @PostMapping("/moeder/{id}/noter/{itemId}")
    String save(
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam(name = "text", required = false) String text,
            @RequestParam(name = "version", required = false) Long version) {
        CurrentUser user = user();
        MeetingView meeting = readable(id, user);
        ItemView item = minutes.agendaItems(id).stream()
                .filter(i -> i.id() == itemId)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "Item " + itemId + " is not on meeting " + id));
        if (item.closed()
                && !access.audienceFor(Optional.of(user), meeting.committeeId()).seesClosedContent()) {
            throw new AccessDeniedException("Item " + itemId + " is closed");
        }
        try {
            notes.write(itemId, user.id(), text, version);
        } catch (OptimisticLockingFailureException e) {
            return "redirect:/moeder/" + id + "/noter?konflikt=" + itemId + "#note-" + itemId;
        }
        return "redirect:/moeder/" + id + "/noter?gemt=" + itemId + "#note-" + itemId;
    }

    private MeetingView readable(long id, CurrentUser user) {
        MeetingView meeting = meetings.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no meeting " + id));
        boolean member =
                access.audienceFor(Optional.of(user), meeting.committeeId()).seesClosedContent();
        if (!meeting.state().isPublished() && !policy.readsUnpublished(user) && !member) {
            throw new AccessDeniedException("The agenda of meeting " + id + " is not published yet");
        }
        return meeting;
    }

    private CurrentUser user() {
        return accounts.current().orElseThrow(() -> new AccessDeniedException("Log in"));
    }
}
