package dk.punkt.notifications.internal;

import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.notifications.InvalidSubscriptionException;
import dk.punkt.notifications.NewSubscription;
import dk.punkt.notifications.SubscriptionService;
import dk.punkt.notifications.SubscriptionView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public subscription pages: choose a committee, subscribe (double opt-in), confirm from the e-mail link, and
 * unsubscribe from the link in every message (a page with a button, and RFC 8058 one-click POST for mail clients).
 * The answer to a subscription is the same whether or not the address was subscribed already.
 */
@Controller
class SubscriptionController {

    static final String ONE_CLICK = "One-Click";

    private final CommitteeService committees;
    private final SubscriptionService subscriptions;
    private final SubscribeRateLimiter limiter;

    SubscriptionController(
            CommitteeService committees, SubscriptionService subscriptions, SubscribeRateLimiter limiter) {
        this.committees = committees;
        this.subscriptions = subscriptions;
        this.limiter = limiter;
    }

    @GetMapping("/offentlig/abonnement")
    String committees(Model model) {
        model.addAttribute("committees", committees.findAll());
        return "notifications/committees";
    }

    @GetMapping("/offentlig/udvalg/{id}/abonnement")
    String form(@PathVariable long id, Model model) {
        return formPage(model, committee(id), SubscribeForm.blank(), Map.of());
    }

    @PostMapping("/offentlig/udvalg/{id}/abonnement")
    String subscribe(
            @PathVariable long id,
            SubscribeForm form,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CommitteeView committee = committee(id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.email() == null || form.email().isBlank()) {
            errors.put("email", "notifications.subscribe.error.emailMissing");
        } else if (EmailAddresses.normalize(form.email()).isEmpty()) {
            errors.put("email", "notifications.subscribe.error.email");
        }
        if (!form.wantsAgendas() && !form.wantsMinutes()) {
            errors.put("choices", "notifications.subscribe.error.choices");
        }
        if (!errors.isEmpty()) {
            return formPage(model, committee, form, errors);
        }
        if (!limiter.allow(request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return formPage(model, committee, form, Map.of("form", "notifications.subscribe.error.tooMany"));
        }
        try {
            subscriptions.subscribe(new NewSubscription(id, form.email(), form.wantsAgendas(), form.wantsMinutes()));
        } catch (InvalidSubscriptionException e) {
            return formPage(model, committee, form, Map.of(e.field(), "notifications.subscribe.error." + e.field()));
        } catch (DataIntegrityViolationException e) {
            // The same address asked twice at the same moment: one request won, and the answer is the same.
        }
        return "redirect:/offentlig/udvalg/" + id + "/abonnement/sendt";
    }

    @GetMapping("/offentlig/udvalg/{id}/abonnement/sendt")
    String sent(@PathVariable long id, Model model) {
        CommitteeView committee = committee(id);
        model.addAttribute("committee", committee);
        model.addAttribute("days", subscriptions.confirmationValidity().toDays());
        return "notifications/sent";
    }

    @GetMapping("/offentlig/abonnement/bekraeft/{token}")
    String confirmPage(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<SubscriptionView> pending = subscriptions.findByConfirmationToken(token);
        if (pending.isEmpty()) {
            return invalidConfirmation(model, response);
        }
        model.addAttribute("subscription", pending.get());
        model.addAttribute("committee", committee(pending.get().committeeId()));
        model.addAttribute("token", token);
        return "notifications/confirm";
    }

    @PostMapping("/offentlig/abonnement/bekraeft/{token}")
    String confirm(@PathVariable String token, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Optional<SubscriptionView> confirmed = subscriptions.confirm(token);
        if (confirmed.isEmpty()) {
            return invalidConfirmation(model, response);
        }
        return "redirect:/offentlig/udvalg/" + confirmed.get().committeeId() + "/abonnement/bekraeftet";
    }

    @GetMapping("/offentlig/udvalg/{id}/abonnement/bekraeftet")
    String confirmed(@PathVariable long id, Model model) {
        model.addAttribute("committee", committee(id));
        return "notifications/confirmed";
    }

    @GetMapping("/offentlig/abonnement/afmeld/{token}")
    String unsubscribePage(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<SubscriptionView> subscription = subscriptions.findByUnsubscribeToken(token);
        if (subscription.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("known", false);
            return "notifications/unsubscribed";
        }
        model.addAttribute("subscription", subscription.get());
        model.addAttribute("committee", committee(subscription.get().committeeId()));
        model.addAttribute("token", token);
        return "notifications/unsubscribe";
    }

    /**
     * The button on the page, and RFC 8058 one-click from a mail client ({@code List-Unsubscribe=One-Click}, no
     * cookies, no CSRF token: see {@link OneClickUnsubscribeSecurity}). A mail client gets 200 and the page; a
     * browser is redirected (POST-redirect-GET). Unsubscribing twice answers the same as once.
     */
    @PostMapping("/offentlig/abonnement/afmeld/{token}")
    String unsubscribe(
            @PathVariable String token,
            @RequestParam(name = "List-Unsubscribe", required = false) String oneClick,
            Model model) {
        subscriptions.unsubscribe(token);
        if (ONE_CLICK.equals(oneClick)) {
            model.addAttribute("known", true);
            return "notifications/unsubscribed";
        }
        return "redirect:/offentlig/abonnement/afmeldt";
    }

    @GetMapping("/offentlig/abonnement/afmeldt")
    String unsubscribed(Model model) {
        model.addAttribute("known", true);
        return "notifications/unsubscribed";
    }

    private String invalidConfirmation(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "notifications/invalidLink";
    }

    private String formPage(Model model, CommitteeView committee, SubscribeForm form, Map<String, String> errors) {
        model.addAttribute("committee", committee);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "notifications/subscribe";
    }

    private CommitteeView committee(long id) {
        return committees.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
