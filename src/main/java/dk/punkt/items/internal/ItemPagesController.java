package dk.punkt.items.internal;

import dk.punkt.accounts.AccountService;
import dk.punkt.accounts.CurrentUser;
import dk.punkt.accounts.WorkflowPolicy;
import dk.punkt.accounts.WorkflowPolicy.Step;
import dk.punkt.cases.InvalidCaseNumberException;
import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.items.AppendixService;
import dk.punkt.items.ItemChanges;
import dk.punkt.items.ItemConflictException;
import dk.punkt.items.ItemHistoryEntry;
import dk.punkt.items.ItemListing;
import dk.punkt.items.ItemPostponements;
import dk.punkt.items.ItemService;
import dk.punkt.items.ItemState;
import dk.punkt.items.ItemStateException;
import dk.punkt.items.ItemType;
import dk.punkt.items.ItemView;
import dk.punkt.items.NewItem;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingState;
import dk.punkt.meetings.MeetingView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The item pages: the work list, writing and editing an item, and the item with its workflow and history. */
@Controller
class ItemPagesController {

    private final AccountService accounts;
    private final WorkflowPolicy policy;
    private final ItemAccess access;
    private final ItemService items;
    private final CommitteeService committees;
    private final MeetingService meetings;
    private final MessageSource messages;
    private final AppendixService appendices;
    private final ObjectProvider<ItemPostponements> postponements;

    ItemPagesController(
            AccountService accounts,
            WorkflowPolicy policy,
            ItemAccess access,
            ItemService items,
            CommitteeService committees,
            MeetingService meetings,
            MessageSource messages,
            AppendixService appendices,
            ObjectProvider<ItemPostponements> postponements) {
        this.postponements = postponements;
        this.appendices = appendices;
        this.accounts = accounts;
        this.policy = policy;
        this.access = access;
        this.items = items;
        this.committees = committees;
        this.meetings = meetings;
        this.messages = messages;
    }

    @GetMapping("/punkter")
    String list(Model model) {
        CurrentUser user = user();
        Set<Long> memberOf = committees.committeeIdsOf(user.id());
        boolean staff = policy.readsUnpublished(user);
        if (!staff && memberOf.isEmpty()) {
            throw new AccessDeniedException("User '" + user.username() + "' has no item work list");
        }
        List<CommitteeView> visible = committees.findAll().stream()
                .filter(c -> staff || memberOf.contains(c.id()))
                .toList();
        List<CommitteeBacklog> backlogs = visible.stream()
                .map(c -> new CommitteeBacklog(c, items.findBacklog(c.id())))
                .toList();
        model.addAttribute("mine", items.findInWorkBy(user.username()));
        model.addAttribute(
                "awaiting", Step.APPROVE_ITEM.allows(user) ? items.findAwaitingApproval() : List.<ItemListing>of());
        model.addAttribute("approver", Step.APPROVE_ITEM.allows(user));
        model.addAttribute("backlogs", backlogs);
        model.addAttribute("creatableIn", Step.CREATE_ITEM.allows(user) ? visible : List.<CommitteeView>of());
        model.addAttribute("committeeNames", names(visible));
        return "items/list";
    }

    @GetMapping("/punkter/nyt")
    String newItem(
            @RequestParam("udvalg") long committeeId,
            @RequestParam(name = "titel", required = false) String title,
            @RequestParam(name = "sag", required = false) String caseNumber,
            @RequestParam(name = "moede", required = false) Long meetingId,
            Model model) {
        policy.require(user(), Step.CREATE_ITEM);
        CommitteeView committee = committee(committeeId);
        // Prefilled from a follow-up offered on the agenda page: its text as title, the origin's case number.
        ItemForm form =
                ItemForm.empty("").prefilled(title, caseNumber, meetingId == null ? null : meetingId.toString());
        return form(model, committee, form, Map.of(), null, null);
    }

    @PostMapping("/punkter/nyt")
    String create(
            @RequestParam("udvalg") long committeeId, @RequestParam MultiValueMap<String, String> params, Model model) {
        policy.require(user(), Step.CREATE_ITEM);
        CommitteeView committee = committee(committeeId);
        ItemForm form = ItemForm.from(params);
        Map<String, String> errors = new LinkedHashMap<>();
        Checked checked = check(form, committee, errors);
        if (errors.isEmpty()) {
            try {
                ItemView created = items.create(new NewItem(
                        committeeId,
                        checked.meetingId(),
                        form.title(),
                        form.caseNumber(),
                        checked.type(),
                        form.responsible(),
                        checked.minutes(),
                        form.closed(),
                        form.sectionList(),
                        new ItemView.Recommendation(form.recommendedBy(), form.clauses())));
                return "redirect:/punkter/" + created.id() + "?gemt";
            } catch (IllegalArgumentException e) {
                errors.put("form", t("items.error.invalid", e.getMessage()));
            }
        }
        return form(model, committee, form, errors, null, null);
    }

    @GetMapping("/punkter/{id}/rediger")
    String edit(@PathVariable long id, Model model) {
        CurrentUser user = user();
        policy.require(user, Step.EDIT_ITEM);
        ItemListing listing = listing(id);
        access.requireWorkPage(user, listing.item().committeeId());
        if (listing.item().state() != ItemState.KLADDE) {
            return "redirect:/punkter/" + id;
        }
        return form(model, committee(listing.item().committeeId()), ItemForm.of(listing.item()), Map.of(), id, null);
    }

    @PostMapping("/punkter/{id}/rediger")
    String update(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        CurrentUser user = user();
        policy.require(user, Step.EDIT_ITEM);
        ItemListing listing = listing(id);
        access.requireWorkPage(user, listing.item().committeeId());
        CommitteeView committee = committee(listing.item().committeeId());
        ItemForm form = ItemForm.from(params);
        Map<String, String> errors = new LinkedHashMap<>();
        Checked checked = check(form, committee, errors);
        long version;
        try {
            version = Long.parseLong(form.version());
        } catch (NumberFormatException | NullPointerException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The form lacks the item's version");
        }
        if (errors.isEmpty()) {
            try {
                items.update(
                        id,
                        version,
                        new ItemChanges(
                                checked.meetingId(),
                                form.title(),
                                form.caseNumber(),
                                checked.type(),
                                form.responsible(),
                                checked.minutes(),
                                form.closed(),
                                form.sectionList(),
                                new ItemView.Recommendation(form.recommendedBy(), form.clauses())));
                return "redirect:/punkter/" + id + "?gemt";
            } catch (ItemConflictException e) {
                ItemListing current = listing(id);
                List<ItemHistoryEntry> history = items.history(id);
                ConflictView conflict =
                        new ConflictView(current.item(), history.isEmpty() ? null : history.get(history.size() - 1));
                // The next save is based on what the user has now seen, so it lands unless yet another change comes.
                ItemForm keep = withVersion(form, current.item().version());
                errors.put("form", t("items.conflict.summary"));
                return form(model, committee, keep, errors, id, conflict);
            } catch (ItemStateException e) {
                redirect.addFlashAttribute("error", t("items.error.notDraft"));
                return "redirect:/punkter/" + id;
            } catch (IllegalArgumentException e) {
                errors.put("form", t("items.error.invalid", e.getMessage()));
            }
        }
        return form(model, committee, form, errors, id, null);
    }

    @GetMapping("/punkter/{id}")
    String show(@PathVariable long id, @RequestParam(name = "gemt", required = false) String saved, Model model) {
        CurrentUser user = user();
        ItemListing listing = listing(id);
        ItemView item = listing.item();
        access.requireWorkPage(user, item.committeeId());
        boolean draft = item.state() == ItemState.KLADDE;
        model.addAttribute("listing", listing);
        model.addAttribute("saved", saved != null);
        model.addAttribute("maxAppendixMb", appendices.maxSize().toMegabytes());
        model.addAttribute("committee", committee(item.committeeId()));
        model.addAttribute(
                "meeting",
                item.meetingId() == null
                        ? null
                        : meetings.find(item.meetingId()).orElse(null));
        model.addAttribute("history", items.history(id));
        // "Udsat fra mødet den …": every meeting that postponed the item (the minutes module knows them).
        model.addAttribute(
                "postponedFrom",
                postponements.orderedStream().flatMap(p -> p.of(id).stream()).toList());
        model.addAttribute("seesText", access.seesText(user, listing));
        model.addAttribute("seesClosed", access.seesClosed(Optional.of(user), item.committeeId()));
        model.addAttribute("canEdit", draft && Step.EDIT_ITEM.allows(user));
        model.addAttribute("canSubmit", draft && Step.SUBMIT_ITEM.allows(user));
        model.addAttribute("canUpload", draft && Step.UPLOAD_APPENDIX.allows(user));
        model.addAttribute("canApprove", item.state() == ItemState.TIL_GODKENDELSE && Step.APPROVE_ITEM.allows(user));
        model.addAttribute(
                "canReturn",
                (item.state() == ItemState.TIL_GODKENDELSE || item.state() == ItemState.GODKENDT)
                        && Step.RETURN_ITEM.allows(user));
        return "items/item";
    }

    @PostMapping("/punkter/{id}/indsend")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        return step(id, Step.SUBMIT_ITEM, redirect, "items.done.submitted", () -> items.submit(id));
    }

    @PostMapping("/punkter/{id}/godkend")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        return step(id, Step.APPROVE_ITEM, redirect, "items.done.approved", () -> items.approve(id));
    }

    @PostMapping("/punkter/{id}/returner")
    String returnForChanges(
            @PathVariable long id,
            @RequestParam(name = "kommentar", required = false) String comment,
            RedirectAttributes redirect) {
        if (comment == null || comment.isBlank()) {
            policy.require(user(), Step.RETURN_ITEM);
            redirect.addFlashAttribute("commentError", t("items.error.commentRequired"));
            return "redirect:/punkter/" + id + "#returner";
        }
        return step(id, Step.RETURN_ITEM, redirect, "items.done.returned", () -> items.returnForChanges(id, comment));
    }

    private String step(long id, Step step, RedirectAttributes redirect, String doneKey, Runnable action) {
        CurrentUser user = user();
        policy.require(user, step);
        ItemListing listing = listing(id);
        access.requireWorkPage(user, listing.item().committeeId());
        try {
            action.run();
            redirect.addFlashAttribute("notice", t(doneKey));
        } catch (ItemStateException e) {
            redirect.addFlashAttribute(
                    "error",
                    t("items.error.wrongState", t("items.state." + e.current().name())));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", t("items.error.invalid", e.getMessage()));
        }
        return "redirect:/punkter/" + id;
    }

    // --- form ---

    private record Checked(Long meetingId, ItemType type, Integer minutes) {}

    /** Checks the fields a browser can get wrong; each error is a Danish sentence naming the field's value. */
    private Checked check(ItemForm form, CommitteeView committee, Map<String, String> errors) {
        if (form.title().isBlank()) {
            errors.put("title", t("items.error.titleRequired"));
        } else if (form.title().length() > 300) {
            errors.put("title", t("items.error.titleTooLong", 300));
        }
        if (!form.caseNumber().isBlank()) {
            try {
                dk.punkt.cases.CaseNumber.parse(form.caseNumber());
            } catch (InvalidCaseNumberException e) {
                errors.put("caseNumber", t(e.messageKey(), e.value()));
            }
        }
        ItemType type = null;
        if (!form.type().isBlank()) {
            try {
                type = ItemType.valueOf(form.type());
            } catch (IllegalArgumentException e) {
                errors.put("type", t("items.error.type"));
            }
        }
        Integer minutes = null;
        if (!form.minutes().isBlank()) {
            try {
                minutes = Integer.valueOf(form.minutes());
                if (minutes < 0 || minutes > 1440) {
                    errors.put("minutes", t("items.error.minutes", form.minutes()));
                }
            } catch (NumberFormatException e) {
                errors.put("minutes", t("items.error.minutes", form.minutes()));
            }
        }
        Long meetingId = null;
        if (!form.target().isBlank()) {
            try {
                long wanted = Long.parseLong(form.target());
                if (plannedMeetings(committee.id()).stream().noneMatch(m -> m.id() == wanted)) {
                    errors.put("target", t("items.error.target"));
                } else {
                    meetingId = wanted;
                }
            } catch (NumberFormatException e) {
                errors.put("target", t("items.error.target"));
            }
        }
        for (String clause : form.clauses()) {
            if (clause.length() > 4000) {
                errors.put("clauses", t("items.error.clauseTooLong", 4000));
            }
        }
        return new Checked(meetingId, type, minutes);
    }

    private String form(
            Model model,
            CommitteeView committee,
            ItemForm form,
            Map<String, String> errors,
            Long itemId,
            ConflictView conflict) {
        model.addAttribute("committee", committee);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("meetings", plannedMeetings(committee.id()));
        model.addAttribute("itemId", itemId);
        model.addAttribute("conflict", conflict);
        return "items/form";
    }

    /** The committee's meetings an item can still be planned for: not yet published, from today. */
    private List<MeetingView> plannedMeetings(long committeeId) {
        LocalDate today = LocalDate.now();
        List<MeetingView> planned = new ArrayList<>(meetings.findByCommittee(committeeId).stream()
                .filter(m -> m.state() == MeetingState.PLANLAGT && !m.date().isBefore(today))
                .toList());
        planned.sort(Comparator.comparing(MeetingView::date));
        return planned;
    }

    private static ItemForm withVersion(ItemForm form, long version) {
        return new ItemForm(
                form.title(),
                form.caseNumber(),
                form.type(),
                form.responsible(),
                form.minutes(),
                form.closed(),
                form.target(),
                form.recommendedBy(),
                form.clauses(),
                form.sections(),
                Long.toString(version));
    }

    // --- lookups ---

    private CurrentUser user() {
        return accounts.current().orElseThrow(() -> new AccessDeniedException("Not logged in"));
    }

    private ItemListing listing(long id) {
        return items.findListing(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private CommitteeView committee(long id) {
        return committees.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Map<Long, String> names(List<CommitteeView> committees) {
        Map<Long, String> names = new LinkedHashMap<>();
        committees.forEach(c -> names.put(c.id(), c.name()));
        return names;
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
