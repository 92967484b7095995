package dk.punkt.minutes.internal;

import dk.punkt.accounts.AccountService;
import dk.punkt.accounts.CurrentUser;
import dk.punkt.accounts.WorkflowPolicy;
import dk.punkt.accounts.WorkflowPolicy.Step;
import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.items.ItemView;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingState;
import dk.punkt.meetings.MeetingView;
import dk.punkt.minutes.Correction;
import dk.punkt.minutes.DecisionService;
import dk.punkt.minutes.DecisionView;
import dk.punkt.minutes.InvalidMinutesInputException;
import dk.punkt.minutes.MinutesReviewService;
import dk.punkt.minutes.MinutesService;
import dk.punkt.minutes.MinutesStateException;
import dk.punkt.minutes.MissingDecisionsException;
import dk.punkt.minutes.Outcome;
import dk.punkt.minutes.ReviewCommentView;
import dk.punkt.minutes.ReviewView;
import java.time.LocalDate;
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
    private final MinutesService minutes;
    private final DecisionService decisions;
    private final MinutesReviewService reviews;

    MinutesPageController(
            AccountService accounts,
            WorkflowPolicy policy,
            MeetingService meetings,
            CommitteeService committees,
            MinutesService minutes,
            DecisionService decisions,
            MinutesReviewService reviews) {
        this.reviews = reviews;
        this.accounts = accounts;
        this.policy = policy;
        this.meetings = meetings;
        this.committees = committees;
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
            minutes.correct(
                    id, reason, List.of(new Correction(itemId, DecisionText.toHtml(text == null ? "" : text), parsed)));
            return "redirect:/moeder/" + id + "/referat?rettet=1";
        } catch (InvalidMinutesInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(id, model, List.of(), e.field(), itemId, reason, text);
        }
    }

    /** Sends the draft minutes to the committee's members for comments until the deadline (a new round each time). */
    @PostMapping("/moeder/{id}/referat/udkast")
    String sendForReview(
            @PathVariable long id,
            @RequestParam(name = "deadline", required = false) String deadline,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        policy.require(user(), Step.SEND_MINUTES_FOR_REVIEW);
        meeting(id);
        try {
            LocalDate parsed;
            try {
                parsed = deadline == null || deadline.isBlank() ? null : LocalDate.parse(deadline.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new InvalidMinutesInputException("deadline", "deadline '" + deadline + "' is not a date");
            }
            reviews.send(id, parsed);
            return "redirect:/moeder/" + id + "/referat?sendt=1#udkast";
        } catch (InvalidMinutesInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(id, model, List.of(), null, null, null, null, "deadline", deadline);
        } catch (MinutesStateException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return render(id, model, List.of(), null, null, null, null, "state", deadline);
        }
    }

    /** The draft minutes for the committee's members: each item's decision and a comment form until the deadline. */
    @GetMapping("/moeder/{id}/referat/udkast")
    String draft(@PathVariable long id, Model model) {
        return draftPage(id, model, null, null, null);
    }

    @PostMapping("/moeder/{id}/referat/udkast/kommentar")
    String comment(
            @PathVariable long id,
            @RequestParam(name = "itemId", required = false) Long itemId,
            @RequestParam(name = "text", required = false) String text,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        CurrentUser user = user();
        meeting(id);
        try {
            if (itemId == null) {
                throw new InvalidMinutesInputException("itemId", "choose the item");
            }
            reviews.comment(id, itemId, user, text);
            return "redirect:/moeder/" + id + "/referat/udkast?kommenteret=" + itemId + "#kommentar-" + itemId;
        } catch (InvalidMinutesInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return draftPage(id, model, itemId, text, e.field());
        } catch (MinutesStateException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return draftPage(id, model, itemId, text, "closed");
        }
    }

    private String draftPage(long id, Model model, Long itemId, String text, String errorField) {
        CurrentUser user = user();
        MeetingView meeting = meeting(id);
        boolean member = reviews.isReviewer(id, user.id());
        if (!member && !Step.SEND_MINUTES_FOR_REVIEW.allows(user)) {
            throw new AccessDeniedException("User '" + user.username()
                    + "' is not a member of the committee of meeting " + id + ": the draft minutes are for members");
        }
        ReviewView review = reviews.current(id)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "The draft minutes of meeting " + id + " have not been sent"));
        Map<Long, List<ReviewCommentView>> mine = reviews.comments(id).stream()
                .filter(c -> c.userId() == user.id())
                .collect(java.util.stream.Collectors.groupingBy(ReviewCommentView::itemId));
        Map<Long, DecisionView> now = decisions.findForMeeting(
                id, review.items().stream().map(ReviewView.SentItem::itemId).toList());
        model.addAttribute("meeting", meeting);
        model.addAttribute("committee", committeeName(meeting));
        model.addAttribute("review", review);
        model.addAttribute("now", now);
        model.addAttribute("mine", mine);
        model.addAttribute("member", member);
        model.addAttribute("itemId", itemId);
        model.addAttribute("text", text == null ? "" : text);
        model.addAttribute("errorField", errorField);
        return "minutes/draft";
    }

    /**
     * The minutes module's own version pages are gone: the versions are the publishing module's document versions
     * (one numbering with the agenda's). Old links land on the meeting page's version list.
     */
    @GetMapping("/moeder/{id}/referat/version/{number}")
    String version(@PathVariable long id, @PathVariable int number) {
        return "redirect:/moeder/" + meeting(id).id() + "#versioner";
    }

    @GetMapping("/offentlig/moeder/{id}/referat/version/{number}")
    String publicVersion(@PathVariable long id, @PathVariable int number) {
        return "redirect:/offentlig/moeder/" + meeting(id).id() + "#versioner";
    }

    private String render(
            long id,
            Model model,
            List<MissingDecisionsException.Missing> missing,
            String errorField,
            Long itemId,
            String reason,
            String text) {
        return render(id, model, missing, errorField, itemId, reason, text, null, null);
    }

    private String render(
            long id,
            Model model,
            List<MissingDecisionsException.Missing> missing,
            String errorField,
            Long itemId,
            String reason,
            String text,
            String reviewError,
            String deadline) {
        MeetingView meeting = meeting(id);
        List<ItemView> agenda = minutes.agendaItems(id);
        Map<Long, DecisionView> byItem =
                decisions.findForMeeting(id, agenda.stream().map(ItemView::id).toList());
        Optional<ReviewView> review = reviews.current(id);
        Map<Long, ReviewView.SentItem> sent = new java.util.HashMap<>();
        review.ifPresent(r -> r.items().forEach(i -> sent.put(i.itemId(), i)));
        Map<Long, List<ReviewCommentView>> comments = reviews.comments(id).stream()
                .collect(java.util.stream.Collectors.groupingBy(ReviewCommentView::itemId));
        List<MinutesLine> lines = new ArrayList<>();
        for (int i = 0; i < agenda.size(); i++) {
            long itemIdHere = agenda.get(i).id();
            lines.add(new MinutesLine(
                    i + 1,
                    agenda.get(i),
                    byItem.get(itemIdHere),
                    sent.get(itemIdHere),
                    comments.getOrDefault(itemIdHere, List.of())));
        }
        model.addAttribute("review", review.orElse(null));
        model.addAttribute("reviewError", reviewError);
        model.addAttribute("deadline", deadline == null ? "" : deadline);
        model.addAttribute("meeting", meeting);
        model.addAttribute("committee", committeeName(meeting));
        model.addAttribute("lines", lines);
        model.addAttribute("missing", missing);
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
