package dk.punkt.minutes.internal;

import dk.punkt.accounts.AccountService;
import dk.punkt.accounts.CurrentUser;
import dk.punkt.accounts.WorkflowPolicy;
import dk.punkt.accounts.WorkflowPolicy.Step;
import dk.punkt.cases.CaseNumber;
import dk.punkt.committees.Audience;
import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.committees.ContentAccess;
import dk.punkt.items.ItemType;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingState;
import dk.punkt.meetings.MeetingView;
import dk.punkt.minutes.CaseHistory;
import dk.punkt.minutes.CaseHistoryService;
import dk.punkt.minutes.DecisionRegisterService;
import dk.punkt.minutes.FollowUpService;
import dk.punkt.minutes.FollowUpStatus;
import dk.punkt.minutes.FollowUpView;
import dk.punkt.minutes.Outcome;
import java.util.ArrayList;
import java.util.HashMap;
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

/** Finding decisions: the committee's decision register, case histories, and the follow-up overview. */
@Controller
class RegisterController {

    private final AccountService accounts;
    private final WorkflowPolicy policy;
    private final CommitteeService committees;
    private final MeetingService meetings;
    private final ContentAccess access;
    private final DecisionRegisterService register;
    private final CaseHistoryService cases;
    private final FollowUpService followUps;

    RegisterController(
            AccountService accounts,
            WorkflowPolicy policy,
            CommitteeService committees,
            MeetingService meetings,
            ContentAccess access,
            DecisionRegisterService register,
            CaseHistoryService cases,
            FollowUpService followUps) {
        this.accounts = accounts;
        this.policy = policy;
        this.committees = committees;
        this.meetings = meetings;
        this.access = access;
        this.register = register;
        this.cases = cases;
        this.followUps = followUps;
    }

    @GetMapping("/udvalg/{id}/beslutninger")
    String register(
            @PathVariable long id,
            @RequestParam(name = "aar", required = false) Integer year,
            @RequestParam(name = "udfald", required = false) String outcome,
            @RequestParam(name = "type", required = false) String type,
            @RequestParam(name = "sag", required = false) String caseNumber,
            Model model) {
        CurrentUser user = user();
        CommitteeView committee = committees
                .find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no committee " + id));
        Audience audience = access.audienceFor(Optional.of(user), id);
        boolean staff = policy.readsUnpublished(user) || audience.seesClosedContent();
        Outcome parsedOutcome = parse(Outcome.class, outcome);
        ItemType parsedType = parse(ItemType.class, type);
        List<DecisionRegisterService.Entry> entries = register.register(
                id,
                new DecisionRegisterService.Filter(year, parsedOutcome, parsedType, blankToNull(caseNumber), !staff));
        model.addAttribute("committee", committee);
        model.addAttribute("entries", entries);
        model.addAttribute("closedVisible", audience.seesClosedContent());
        model.addAttribute("years", register.years(id));
        model.addAttribute("year", year);
        model.addAttribute("outcome", parsedOutcome);
        model.addAttribute("type", parsedType);
        model.addAttribute("caseNumber", caseNumber == null ? "" : caseNumber);
        return "minutes/register";
    }

    @GetMapping("/sager/{caseNumber}")
    String caseHistory(@PathVariable String caseNumber, Model model) {
        CurrentUser user = user();
        boolean staff = policy.readsUnpublished(user);
        Map<Long, Audience> audiences = new HashMap<>();
        return casePage(
                caseNumber,
                false,
                entry -> {
                    Audience audience = audiences.computeIfAbsent(
                            entry.item().committeeId(), c -> access.audienceFor(Optional.of(user), c));
                    boolean published =
                            entry.meeting() != null && entry.meeting().state().isPublished();
                    if (!published && !staff && !audience.seesClosedContent()) {
                        return null;
                    }
                    boolean withheld = entry.item().closed() && !audience.seesClosedContent();
                    boolean decision = !withheld
                            && (staff
                                    || audience.seesClosedContent()
                                    || entry.meeting().state() == MeetingState.REFERAT_GODKENDT);
                    return new CaseRow(entry, withheld, decision);
                },
                model);
    }

    @GetMapping("/offentlig/sager/{caseNumber}")
    String publicCaseHistory(@PathVariable String caseNumber, Model model) {
        return casePage(
                caseNumber,
                true,
                entry -> {
                    boolean published =
                            entry.meeting() != null && entry.meeting().state().isPublished();
                    if (!published || entry.item().closed()) {
                        return null;
                    }
                    return new CaseRow(entry, false, entry.meeting().state() == MeetingState.REFERAT_GODKENDT);
                },
                model);
    }

    private String casePage(
            String caseNumber,
            boolean publicPage,
            java.util.function.Function<CaseHistory.Entry, CaseRow> visible,
            Model model) {
        CaseNumber number;
        try {
            number = CaseNumber.parse(caseNumber);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
        CaseHistory history = cases.history(number);
        List<CaseRow> rows = new ArrayList<>();
        for (CaseHistory.Entry entry : history.entries()) {
            CaseRow row = visible.apply(entry);
            if (row != null) {
                rows.add(row);
            }
        }
        if (publicPage && rows.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No published items with case number " + number);
        }
        model.addAttribute("caseNumber", history.caseNumber());
        model.addAttribute("title", publicPage && rows.isEmpty() ? null : history.title());
        model.addAttribute("rows", rows);
        model.addAttribute("publicPage", publicPage);
        return "minutes/case";
    }

    @GetMapping("/opfoelgning")
    String followUps(@RequestParam(name = "status", required = false) String status, Model model) {
        CurrentUser user = user();
        if (!policy.readsUnpublished(user)) {
            throw new AccessDeniedException("Follow-ups are the staff's work list");
        }
        FollowUpStatus wanted = "ALLE".equals(status) ? null : parse(FollowUpStatus.class, status);
        if (status == null) {
            wanted = FollowUpStatus.OPEN;
        }
        List<FollowUpView> list = followUps.find(wanted);
        Map<Long, MeetingView> meetingsById = new HashMap<>();
        for (FollowUpView f : list) {
            for (Long mid : new Long[] {f.meetingId(), f.targetMeetingId()}) {
                if (mid != null) {
                    meetings.find(mid).ifPresent(m -> meetingsById.put(m.id(), m));
                }
            }
        }
        model.addAttribute("followUps", list);
        model.addAttribute("meetings", meetingsById);
        model.addAttribute("status", status == null ? "OPEN" : status);
        model.addAttribute("canChange", Step.MANAGE_FOLLOW_UPS.allows(user));
        return "minutes/followUps";
    }

    @PostMapping("/opfoelgning/{id}/status")
    String changeStatus(
            @PathVariable long id,
            @RequestParam String status,
            @RequestParam(name = "version", required = false) Long version) {
        policy.require(user(), Step.MANAGE_FOLLOW_UPS);
        FollowUpStatus parsed = parse(FollowUpStatus.class, status);
        if (parsed == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "status is missing");
        }
        followUps.changeStatus(id, parsed, version);
        return "redirect:/opfoelgning";
    }

    private CurrentUser user() {
        return accounts.current().orElseThrow(() -> new AccessDeniedException("Log in"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown " + type.getSimpleName() + " " + name);
        }
    }
}
