package dk.punkt.notifications.internal;

import dk.punkt.accounts.AccountService;
import dk.punkt.accounts.WorkflowPolicy;
import dk.punkt.accounts.WorkflowPolicy.Step;
import dk.punkt.notifications.Outbox;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The outbox for secretaries and admins: what was or will be sent, with each message's text. */
@Controller
class OutboxController {

    private static final int SHOWN = 200;

    private final AccountService accounts;
    private final WorkflowPolicy policy;
    private final Outbox outbox;
    private final OutboxSender sender;

    OutboxController(AccountService accounts, WorkflowPolicy policy, Outbox outbox, OutboxSender sender) {
        this.accounts = accounts;
        this.policy = policy;
        this.outbox = outbox;
        this.sender = sender;
    }

    @GetMapping("/udbakke")
    String outbox(Model model) {
        policy.require(
                accounts.current().orElseThrow(() -> new AccessDeniedException("Log in to read the outbox")),
                Step.READ_OUTBOX);
        model.addAttribute("messages", outbox.findRecent(SHOWN));
        model.addAttribute("sending", sender.enabled());
        return "notifications/outbox";
    }
}
