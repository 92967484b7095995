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
import dk.punkt.meetings.MeetingView.Attendee;
import dk.punkt.minutes.DecisionConflictException;
import dk.punkt.minutes.DecisionService;
import dk.punkt.minutes.DecisionView;
import dk.punkt.minutes.FollowUpService;
import dk.punkt.minutes.InvalidMinutesInputException;
import dk.punkt.minutes.MeetingModeService;
import dk.punkt.minutes.MinutesService;
import dk.punkt.minutes.MinutesStateException;
import dk.punkt.minutes.NewFollowUp;
import dk.punkt.minutes.Outcome;
import dk.punkt.minutes.PresenceKind;
import dk.punkt.minutes.ReferralService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Meeting mode (mødeafvikling) for the secretary at the table, and the projector view that follows it. Everything
 * works as plain forms; htmx adds autosave and the projector's polling.
 */
@Controller
class MeetingModeController {

    private final AccountService accounts;
    private final WorkflowPolicy policy;
    private final MeetingService meetings;
    private final CommitteeService committees;
    private final ContentAccess access;
    private final MinutesService minutes;
    private final DecisionService decisions;
    private final MeetingModeService mode;
    private final FollowUpService followUps;
    private final ReferralService referrals;

    MeetingModeController(
            AccountService accounts,
            WorkflowPolicy policy,
            MeetingService meetings,
            CommitteeService committees,
            ContentAccess access,
            MinutesService minutes,
            DecisionService decisions,
            MeetingModeService mode,
            FollowUpService followUps,
            ReferralService referrals) {
        this.accounts = accounts;
        this.policy = policy;
        this.meetings = meetings;
        this.committees = committees;
        this.access = access;
        this.minutes = minutes;
        this.decisions = decisions;
        this.mode = mode;
        this.followUps = followUps;
        this.referrals = referrals;
    }

    /** The decision form; {@code version} is the decision version shown (-1: none), {@code goTo} the item to open next. */
    record DecisionForm(
            Long itemId, String text, String outcome, Long version, Long takeOver, Integer goTo, String prefill) {}

    record FollowUpForm(Long itemId, String text, String owner, LocalDate dueDate, Long targetMeetingId) {}

    @GetMapping("/moeder/{id}/afvikling")
    String page(
            @PathVariable long id,
            @RequestParam(name = "punkt", required = false) Integer number,
            @RequestParam(name = "gemt", required = false) String saved,
            Model model) {
        CurrentUser user = secretary();
        MeetingView meeting = meeting(id);
        List<ItemView> agenda = minutes.agendaItems(id);
        int current = currentNumber(meeting, agenda, number);
        if (!agenda.isEmpty() && meeting.state() != MeetingState.REFERAT_GODKENDT) {
            mode.show(id, agenda.get(current - 1).id());
        }
        MeetingModePage page = pages(user).build(meeting, agenda, current, null, null);
        model.addAttribute("page", page);
        model.addAttribute("saved", saved != null);
        return "minutes/meetingMode";
    }

    @PostMapping("/moeder/{id}/afvikling/beslutning")
    String save(
            @PathVariable long id,
            @ModelAttribute DecisionForm form,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        CurrentUser user = secretary();
        MeetingView meeting = meeting(id);
        List<ItemView> agenda = minutes.agendaItems(id);
        int index = indexOf(agenda, form.itemId());
        if (index < 0) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Item " + form.itemId() + " is not on the agenda");
        }
        String typed = form.text() == null ? "" : form.text();
        Outcome outcome = outcome(form.outcome());
        if (form.prefill() != null) {
            // Without JavaScript: fill in the recommendation's clauses, nothing is saved yet.
            String prefilled = typed.isBlank() ? pages(user).prefill(meeting, agenda.get(index)) : typed;
            model.addAttribute(
                    "page",
                    pages(user)
                            .build(
                                    meeting,
                                    agenda,
                                    index + 1,
                                    new MeetingModePage.Draft(prefilled, Outcome.GODKENDT, form.version()),
                                    null));
            model.addAttribute("saved", false);
            return "minutes/meetingMode";
        }
        Long expected = form.takeOver() != null ? form.takeOver() : form.version();
        try {
            DecisionView saved = minutes.recordDecision(form.itemId(), DecisionText.toHtml(typed), outcome, expected);
            if (htmx != null) {
                model.addAttribute("version", saved.version());
                model.addAttribute("conflict", null);
                model.addAttribute("error", null);
                return "minutes/saveStatus";
            }
            int next = form.goTo() == null ? index + 1 : Math.max(1, Math.min(agenda.size(), form.goTo()));
            return "redirect:/moeder/" + id + "/afvikling?punkt=" + next + "&gemt=1";
        } catch (DecisionConflictException e) {
            response.setStatus(htmx != null ? 200 : HttpStatus.CONFLICT.value());
            MeetingModePage.Conflict conflict = new MeetingModePage.Conflict(
                    DecisionText.toPlain(e.current().text()),
                    e.current().outcome(),
                    e.current().version());
            if (htmx != null) {
                model.addAttribute("version", null);
                model.addAttribute("conflict", conflict);
                model.addAttribute("error", null);
                return "minutes/saveStatus";
            }
            model.addAttribute(
                    "page",
                    pages(user)
                            .build(
                                    meeting,
                                    agenda,
                                    index + 1,
                                    new MeetingModePage.Draft(typed, outcome, form.version()),
                                    conflict));
            model.addAttribute("saved", false);
            return "minutes/meetingMode";
        } catch (MinutesStateException e) {
            if (htmx != null) {
                model.addAttribute("version", null);
                model.addAttribute("conflict", null);
                model.addAttribute("error", e.getMessage());
                return "minutes/saveStatus";
            }
            throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
        }
    }

    @PostMapping("/moeder/{id}/afvikling/afholdt")
    String markHeld(@PathVariable long id, @RequestParam(name = "punkt", required = false) Integer number) {
        secretary();
        MeetingView meeting = meeting(id);
        if (meeting.state() == MeetingState.DAGSORDEN_UDSENDT) {
            minutes.markHeld(id);
        }
        return "redirect:/moeder/" + id + "/afvikling?punkt=" + (number == null ? 1 : number);
    }

    @PostMapping("/moeder/{id}/afvikling/fremmoede")
    String attendance(
            @PathVariable long id,
            @RequestParam(name = "present", required = false) List<String> present,
            @RequestParam(name = "punkt", required = false) Integer number) {
        secretary();
        MeetingView meeting = meeting(id);
        List<Attendee> everyone = new ArrayList<>(meeting.participants());
        everyone.addAll(meeting.absent());
        List<String> here = present == null ? List.of() : present;
        List<Attendee> participants = new ArrayList<>();
        List<Attendee> absent = new ArrayList<>();
        for (Attendee a : everyone) {
            (here.contains(a.name()) ? participants : absent).add(a);
        }
        meetings.setAttendance(id, participants, absent);
        return "redirect:/moeder/" + id + "/afvikling?punkt=" + (number == null ? 1 : number) + "#fremmoede";
    }

    @PostMapping("/moeder/{id}/afvikling/tilstedevaerelse")
    String presence(
            @PathVariable long id,
            @RequestParam String name,
            @RequestParam String kind,
            @RequestParam(name = "itemId", required = false) Long itemId,
            @RequestParam(name = "punkt", required = false) Integer number) {
        secretary();
        PresenceKind parsed;
        try {
            parsed = PresenceKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown kind " + kind);
        }
        mode.notePresence(id, name, parsed, itemId);
        return "redirect:/moeder/" + id + "/afvikling?punkt=" + (number == null ? 1 : number) + "#fremmoede";
    }

    @PostMapping("/moeder/{id}/afvikling/opfoelgning")
    String followUp(
            @PathVariable long id,
            @ModelAttribute FollowUpForm form,
            @RequestParam(name = "punkt", required = false) Integer number,
            RedirectAttributes redirect) {
        secretary();
        policy.require(user(), Step.MANAGE_FOLLOW_UPS);
        try {
            followUps.create(new NewFollowUp(
                    form.itemId() == null ? -1 : form.itemId(),
                    form.text(),
                    form.owner(),
                    form.dueDate(),
                    form.targetMeetingId()));
            redirect.addAttribute("opfoelgning", "oprettet");
        } catch (InvalidMinutesInputException e) {
            redirect.addAttribute("opfoelgningsfejl", e.field());
        }
        return "redirect:/moeder/" + id + "/afvikling?punkt=" + (number == null ? 1 : number) + "#opfoelgning";
    }

    @PostMapping("/moeder/{id}/afvikling/henvisning")
    String refer(
            @PathVariable long id,
            @RequestParam long itemId,
            @RequestParam(name = "committeeId", required = false) Long committeeId,
            @RequestParam(name = "punkt", required = false) Integer number) {
        secretary();
        policy.require(user(), Step.REFER_ITEM);
        if (committeeId != null) {
            referrals.refer(itemId, committeeId);
        }
        return "redirect:/moeder/" + id + "/afvikling?punkt=" + (number == null ? 1 : number) + "#henvisning";
    }

    // --- projector ---

    @GetMapping("/moeder/{id}/projektor")
    String projector(@PathVariable long id, Model model) {
        model.addAttribute("view", projectorView(id));
        return "minutes/projector";
    }

    @GetMapping("/moeder/{id}/projektor/indhold")
    String projectorContent(@PathVariable long id, Model model) {
        model.addAttribute("view", projectorView(id));
        return "minutes/projectorContent";
    }

    private ProjectorView projectorView(long id) {
        CurrentUser user = user();
        MeetingView meeting = meeting(id);
        boolean closedVisible =
                access.audienceFor(Optional.of(user), meeting.committeeId()).seesClosedContent();
        if (!meeting.state().isPublished() && !policy.readsUnpublished(user) && !closedVisible) {
            throw new AccessDeniedException("The agenda of meeting " + id + " is not published yet");
        }
        List<ItemView> agenda = minutes.agendaItems(id);
        String committee =
                committees.find(meeting.committeeId()).map(CommitteeView::name).orElse("");
        Optional<Long> currentId = mode.currentItem(id);
        int index = currentId.map(itemId -> indexOf(agenda, itemId)).orElse(-1);
        if (index < 0) {
            return new ProjectorView(meeting, committee, 0, agenda.size(), null, false, null, null);
        }
        ItemView item = agenda.get(index);
        boolean withheld = item.closed() && !closedVisible;
        DecisionView decision =
                withheld ? null : decisions.findAt(item.id(), id).orElse(null);
        return new ProjectorView(
                meeting,
                committee,
                index + 1,
                agenda.size(),
                item,
                withheld,
                decision == null ? null : decision.text(),
                decision == null ? null : decision.outcome());
    }

    // --- helpers ---

    private MeetingModePages pages(CurrentUser user) {
        return new MeetingModePages(committees, meetings, decisions, mode, followUps, referrals, minutes);
    }

    private CurrentUser user() {
        return accounts.current().orElseThrow(() -> new AccessDeniedException("Log in"));
    }

    private CurrentUser secretary() {
        CurrentUser user = user();
        policy.require(user, Step.RECORD_DECISION);
        return user;
    }

    private MeetingView meeting(long id) {
        return meetings.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no meeting " + id));
    }

    private static int currentNumber(MeetingView meeting, List<ItemView> agenda, Integer number) {
        if (agenda.isEmpty()) {
            return 0;
        }
        int n = number == null ? 1 : number;
        return Math.max(1, Math.min(agenda.size(), n));
    }

    private static int indexOf(List<ItemView> agenda, Long itemId) {
        for (int i = 0; i < agenda.size(); i++) {
            if (itemId != null && agenda.get(i).id() == itemId) {
                return i;
            }
        }
        return -1;
    }

    static Outcome outcome(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Outcome.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown outcome " + name);
        }
    }
}
