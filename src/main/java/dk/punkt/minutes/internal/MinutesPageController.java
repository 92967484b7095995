package dk.punkt.minutes.internal;

import dk.punkt.accounts.AccountService;
import dk.punkt.accounts.CurrentUser;
import dk.punkt.accounts.WorkflowPolicy;
import dk.punkt.accounts.WorkflowPolicy.Step;
import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.committees.ContentAccess;
import dk.punkt.items.ItemView;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingState;
import dk.punkt.meetings.MeetingView;
import dk.punkt.minutes.Correction;
import dk.punkt.minutes.DecisionService;
import dk.punkt.minutes.DecisionView;
import dk.punkt.minutes.InvalidMinutesInputException;
import dk.punkt.minutes.MinutesService;
import dk.punkt.minutes.MinutesVersionView;
import dk.punkt.minutes.MissingDecisionsException;
import dk.punkt.minutes.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The minutes of a meeting: approval, versions, and corrections of approved minutes (with a reason). */
@Controller
class MinutesPageController {

    private final AccountService accounts;
    private final WorkflowPolicy policy;
    private final MeetingService meetings;
    private final CommitteeService committees;
    private final ContentAccess access;
    private final MinutesService minutes;
    private final DecisionService decisions;

    MinutesPageController(
            AccountService accounts,
            WorkflowPolicy policy,
            MeetingService meetings,
            CommitteeService committees,
            ContentAccess access,
            MinutesService minutes,
            DecisionService decisions) {
        this.accounts = accounts;
        this.policy = policy;
        this.meetings = meetings;
        this.committees = committees;
        this.access = access;
        this.minutes = minutes;
        this.decisions = decisions;
    }

    @GetMapping("/moeder/{id}/referat")
    String minutes(@PathVariable long id, Model model) {
        CurrentUser user = user();
        policy.require(user, Step.APPROVE_MINUTES);
        return render(id, model, List.of(), null, null, null, null);
    }

    @PostMapping("/moeder/{id}/referat/godkend")
    String approve(@PathVariable long id, Model model, jakarta.servlet.http.HttpServletResponse response) {
        policy.require(user(), Step.APPROVE_MINUTES);
        meeting(id);
        try {
            minutes.approve(id);
        } catch (MissingDecisionsException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return render(id, model, e.items(), null, null, null, null);
        }
        return "redirect:/moeder/" + id + "/referat?godkendt=1";
    }

    @PostMapping("/moeder/{id}/referat/rettelse")
    String correct(
            @PathVariable long id,
            @RequestParam(name = "itemId", required = false) Long itemId,
            @RequestParam(name = "reason", required = false) String reason,
            @RequestParam(name = "text", required = false) String text,
            @RequestParam(name = "outcome", required = false) String outcome,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        policy.require(user(), Step.CORRECT_MINUTES);
        meeting(id);
        Outcome parsed = MeetingModeController.outcome(outcome);
        try {
            if (itemId == null) {
                throw new InvalidMinutesInputException("itemId", "choose the item");
            }
            MinutesVersionView version = minutes.correct(
                    id, reason, List.of(new Correction(itemId, DecisionText.toHtml(text == null ? "" : text), parsed)));
            return "redirect:/moeder/" + id + "/referat?version=" + version.number();
        } catch (InvalidMinutesInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(id, model, List.of(), e.field(), itemId, reason, text);
        }
    }

    @GetMapping("/moeder/{id}/referat/version/{number}")
    String version(@PathVariable long id, @PathVariable int number, Model model) {
        CurrentUser user = user();
        MeetingView meeting = meeting(id);
        boolean closedVisible =
                access.audienceFor(Optional.of(user), meeting.committeeId()).seesClosedContent();
        return versionPage(meeting, number, closedVisible, false, model);
    }

    @GetMapping("/offentlig/moeder/{id}/referat/version/{number}")
    String publicVersion(@PathVariable long id, @PathVariable int number, Model model) {
        MeetingView meeting = meeting(id);
        return versionPage(meeting, number, false, true, model);
    }

    private String versionPage(
            MeetingView meeting, int number, boolean closedVisible, boolean publicPage, Model model) {
        if (meeting.state() != MeetingState.REFERAT_GODKENDT) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "The minutes of meeting " + meeting.id() + " are not approved");
        }
        MinutesVersionView version = minutes.version(meeting.id(), number)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "Meeting " + meeting.id() + " has no minutes version " + number));
        model.addAttribute("meeting", meeting);
        model.addAttribute("committee", committeeName(meeting));
        model.addAttribute("version", version);
        model.addAttribute("versions", minutes.versions(meeting.id()));
        model.addAttribute("closedVisible", closedVisible);
        model.addAttribute("publicPage", publicPage);
        return "minutes/version";
    }

    private String render(
            long id,
            Model model,
            List<MissingDecisionsException.Missing> missing,
            String errorField,
            Long itemId,
            String reason,
            String text) {
        MeetingView meeting = meeting(id);
        List<ItemView> agenda = minutes.agendaItems(id);
        Map<Long, DecisionView> byItem =
                decisions.findForMeeting(id, agenda.stream().map(ItemView::id).toList());
        List<MinutesLine> lines = new ArrayList<>();
        for (int i = 0; i < agenda.size(); i++) {
            lines.add(new MinutesLine(
                    i + 1, agenda.get(i), byItem.get(agenda.get(i).id())));
        }
        model.addAttribute("meeting", meeting);
        model.addAttribute("committee", committeeName(meeting));
        model.addAttribute("lines", lines);
        model.addAttribute("missing", missing);
        model.addAttribute("versions", minutes.versions(id));
        model.addAttribute("approved", meeting.state() == MeetingState.REFERAT_GODKENDT);
        model.addAttribute("errorField", errorField);
        model.addAttribute("itemId", itemId);
        model.addAttribute("reason", reason == null ? "" : reason);
        model.addAttribute("text", text == null ? "" : text);
        return "minutes/approve";
    }

    private String committeeName(MeetingView meeting) {
        return committees.find(meeting.committeeId()).map(CommitteeView::name).orElse("");
    }

    private CurrentUser user() {
        return accounts.current().orElseThrow(() -> new AccessDeniedException("Log in"));
    }

    private MeetingView meeting(long id) {
        return meetings.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no meeting " + id));
    }
}
