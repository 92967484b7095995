package dk.punkt.web.internal;

import dk.punkt.accounts.AccountService;
import dk.punkt.accounts.CurrentUser;
import dk.punkt.accounts.Role;
import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: anonymous visitors go to the public site; users see their committees and next meetings. */
@Controller
class HomeController {

    private static final int UPCOMING = 8;

    private final AccountService accounts;
    private final CommitteeService committees;
    private final MeetingService meetings;
    private final Clock clock;

    HomeController(AccountService accounts, CommitteeService committees, MeetingService meetings, Clock clock) {
        this.accounts = accounts;
        this.committees = committees;
        this.meetings = meetings;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        Optional<CurrentUser> user = accounts.current();
        if (user.isEmpty()) {
            return "redirect:/offentlig";
        }
        List<CommitteeView> all = committees.findAll();
        List<CommitteeView> mine = committeesOf(user.get(), all);
        Map<Long, String> committeeNames =
                all.stream().collect(Collectors.toMap(CommitteeView::id, CommitteeView::name));
        List<MeetingView> upcoming =
                meetings.findUpcoming(mine.stream().map(CommitteeView::id).toList(), LocalDate.now(clock), UPCOMING);
        model.addAttribute("committees", mine);
        model.addAttribute("upcoming", upcoming);
        model.addAttribute("committeeNames", committeeNames);
        return "web/home";
    }

    /** Members see their own committees; staff who run or read committees see them all. */
    private List<CommitteeView> committeesOf(CurrentUser user, List<CommitteeView> all) {
        Set<Long> memberOf = committees.committeeIdsOf(user.id());
        boolean seesAll = user.has(Role.ADMIN)
                || user.has(Role.SECRETARY)
                || user.has(Role.AUTHOR)
                || user.has(Role.EMPLOYEE)
                || memberOf.isEmpty();
        return seesAll
                ? all
                : all.stream().filter(c -> memberOf.contains(c.id())).toList();
    }
}
