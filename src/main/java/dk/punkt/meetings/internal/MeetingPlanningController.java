package dk.punkt.meetings.internal;

import dk.punkt.accounts.AccountService;
import dk.punkt.accounts.CurrentUser;
import dk.punkt.accounts.Role;
import dk.punkt.accounts.WorkflowPolicy;
import dk.punkt.accounts.WorkflowPolicy.Step;
import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingStateException;
import dk.punkt.meetings.MeetingView;
import dk.punkt.meetings.NewMeeting;
import dk.punkt.meetings.NewMeetingSeries;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Meetings per committee, and planning: one meeting or a series, moving and cancelling (SECRETARY, ADMIN). */
@Controller
class MeetingPlanningController {

    private final AccountService accounts;
    private final WorkflowPolicy policy;
    private final CommitteeService committees;
    private final MeetingService meetings;
    private final Clock clock;

    MeetingPlanningController(
            AccountService accounts,
            WorkflowPolicy policy,
            CommitteeService committees,
            MeetingService meetings,
            Clock clock) {
        this.accounts = accounts;
        this.policy = policy;
        this.committees = committees;
        this.meetings = meetings;
        this.clock = clock;
    }

    @GetMapping("/moeder")
    String list(Model model) {
        CurrentUser user = user();
        LocalDate today = LocalDate.now(clock);
        List<CommitteeMeetings> groups = new ArrayList<>();
        for (CommitteeView committee : committeesOf(user)) {
            List<MeetingView> all = meetings.findByCommittee(committee.id());
            List<MeetingView> coming = all.stream()
                    .filter(m -> !m.date().isBefore(today))
                    .sorted(Comparator.comparing(MeetingView::date).thenComparing(MeetingView::startTime))
                    .toList();
            List<MeetingView> past =
                    all.stream().filter(m -> m.date().isBefore(today)).toList();
            groups.add(new CommitteeMeetings(committee, coming, past));
        }
        model.addAttribute("groups", groups);
        model.addAttribute("mayPlan", Step.PLAN_MEETING.allows(user));
        return "meetings/list";
    }

    @GetMapping("/moeder/ny")
    String planForm(@RequestParam("udvalg") long committeeId, Model model) {
        policy.require(user(), Step.PLAN_MEETING);
        CommitteeView committee = committee(committeeId);
        PlanForm form = new PlanForm(
                committeeId,
                null,
                "",
                committee.defaultStartTime() == null
                        ? ""
                        : committee.defaultStartTime().toString(),
                committee.defaultEndTime() == null
                        ? ""
                        : committee.defaultEndTime().toString(),
                committee.defaultLocation(),
                MeetingForms.lines(committee.members().stream()
                        .map(m -> new MeetingView.Attendee(m.name(), m.title()))
                        .toList()),
                DayOfWeek.THURSDAY.name(),
                "2",
                "",
                "");
        return planPage(model, committee, form, Map.of());
    }

    @PostMapping("/moeder/ny")
    String plan(PlanForm form, Model model, RedirectAttributes redirect) {
        policy.require(user(), Step.PLAN_MEETING);
        CommitteeView committee = committee(form.committeeId() == null ? -1 : form.committeeId());
        MeetingForms check = new MeetingForms();
        LocalTime start = check.time("startTime", form.startTime(), true);
        LocalTime end = check.time("endTime", form.endTime(), false);
        check.endAfterStart(start, end);
        List<MeetingView.Attendee> participants = MeetingForms.attendees(form.participants());
        List<MeetingView> planned;
        if (form.isSeries()) {
            LocalDate from = check.date("date", form.date(), true);
            DayOfWeek weekday = check.weekday("weekday", form.weekday());
            Integer interval = check.number("intervalWeeks", form.intervalWeeks(), 1, 52, true);
            LocalDate until = check.date("until", form.until(), false);
            Integer count = check.number("count", form.count(), 1, NewMeetingSeries.MAX_MEETINGS, false);
            if (check.ok() && (until == null) == (count == null)) {
                check.errors.put("until", "meetings.error.untilOrCount");
            }
            if (check.ok() && until != null && until.isBefore(from)) {
                check.errors.put("until", "meetings.error.untilBeforeFrom");
            }
            if (!check.ok()) {
                return planPage(model, committee, form, check.errors);
            }
            NewMeetingSeries series = new NewMeetingSeries(
                    committee.id(), from, weekday, interval, until, count, start, end, form.location(), participants);
            try {
                series.dates();
            } catch (IllegalArgumentException e) {
                check.errors.put("until", "meetings.error.seriesTooLong");
                return planPage(model, committee, form, check.errors);
            }
            planned = meetings.planSeries(series);
        } else {
            LocalDate date = check.date("date", form.date(), true);
            if (!check.ok()) {
                return planPage(model, committee, form, check.errors);
            }
            planned = List.of(meetings.plan(
                    new NewMeeting(committee.id(), date, start, end, form.location(), participants, null)));
        }
        redirect.addFlashAttribute("message", planned.size() == 1 ? "meetings.planned.one" : "meetings.planned.many");
        redirect.addFlashAttribute("messageArg", planned.size());
        return "redirect:/moeder";
    }

    @GetMapping("/moeder/{id}/flyt")
    String moveForm(@PathVariable long id, Model model) {
        policy.require(user(), Step.PLAN_MEETING);
        MeetingView meeting = meeting(id);
        MoveForm form = new MoveForm(
                meeting.date().toString(),
                meeting.startTime().toString(),
                meeting.endTime() == null ? "" : meeting.endTime().toString(),
                meeting.location(),
                meeting.version());
        return movePage(model, meeting, form, Map.of());
    }

    @PostMapping("/moeder/{id}/flyt")
    String move(@PathVariable long id, MoveForm form, Model model, RedirectAttributes redirect) {
        policy.require(user(), Step.PLAN_MEETING);
        MeetingView meeting = meeting(id);
        MeetingForms check = new MeetingForms();
        LocalDate date = check.date("date", form.date(), true);
        LocalTime start = check.time("startTime", form.startTime(), true);
        LocalTime end = check.time("endTime", form.endTime(), false);
        check.endAfterStart(start, end);
        if (!check.ok()) {
            return movePage(model, meeting, form, check.errors);
        }
        try {
            meetings.move(id, date, start, end, form.location(), form.version());
        } catch (OptimisticLockingFailureException e) {
            return movePage(model, meeting(id), form, Map.of("form", "meetings.error.stale"));
        } catch (MeetingStateException e) {
            return movePage(model, meeting, form, Map.of("form", "meetings.error.notMovable"));
        }
        redirect.addFlashAttribute("message", "meetings.moved");
        return "redirect:/moeder";
    }

    @GetMapping("/moeder/{id}/aflys")
    String cancelForm(@PathVariable long id, Model model) {
        policy.require(user(), Step.PLAN_MEETING);
        return cancelPage(model, meeting(id), Map.of());
    }

    @PostMapping("/moeder/{id}/aflys")
    String cancel(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        policy.require(user(), Step.PLAN_MEETING);
        MeetingView meeting = meeting(id);
        try {
            meetings.cancel(id, reason, version);
        } catch (OptimisticLockingFailureException e) {
            return cancelPage(model, meeting(id), Map.of("form", "meetings.error.stale"));
        } catch (MeetingStateException e) {
            return cancelPage(model, meeting, Map.of("form", "meetings.error.notCancellable"));
        } catch (IllegalArgumentException e) {
            return cancelPage(model, meeting, Map.of("reason", "meetings.error.tooLong"));
        }
        redirect.addFlashAttribute("message", "meetings.cancelled");
        return "redirect:/moeder";
    }

    private String planPage(Model model, CommitteeView committee, PlanForm form, Map<String, String> errors) {
        model.addAttribute("committee", committee);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "meetings/plan";
    }

    private String movePage(Model model, MeetingView meeting, MoveForm form, Map<String, String> errors) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("committee", committee(meeting.committeeId()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "meetings/move";
    }

    private String cancelPage(Model model, MeetingView meeting, Map<String, String> errors) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("committee", committee(meeting.committeeId()));
        model.addAttribute("errors", errors);
        return "meetings/cancel";
    }

    /** Admins see every committee; others the committees they belong to, and secretaries all when they have none. */
    private List<CommitteeView> committeesOf(CurrentUser user) {
        List<CommitteeView> all = committees.findAll();
        if (user.has(Role.ADMIN)) {
            return all;
        }
        Set<Long> mine = committees.committeeIdsOf(user.id());
        if (mine.isEmpty() && (user.has(Role.SECRETARY) || user.has(Role.RECOMMENDER) || user.has(Role.AUTHOR))) {
            return all;
        }
        return all.stream().filter(c -> mine.contains(c.id())).collect(Collectors.toList());
    }

    private CurrentUser user() {
        return accounts.current().orElseThrow(() -> new AccessDeniedException("Log in to see meetings"));
    }

    private CommitteeView committee(long id) {
        return committees.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private MeetingView meeting(long id) {
        return meetings.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
