package dk.punkt.api.internal;

import dk.punkt.accounts.CurrentUser;
import dk.punkt.accounts.WorkflowPolicy;
import dk.punkt.accounts.WorkflowPolicy.Step;
import dk.punkt.cases.CaseNumber;
import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.ContentAccess;
import dk.punkt.items.ItemChanges;
import dk.punkt.items.ItemService;
import dk.punkt.items.ItemType;
import dk.punkt.items.ItemView;
import dk.punkt.items.NewItem;
import dk.punkt.items.SectionNames;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingView;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/items")
class ItemsApiController {

    private final Callers callers;
    private final WorkflowPolicy policy;
    private final CommitteeService committees;
    private final MeetingService meetings;
    private final ItemService items;
    private final ContentAccess access;

    ItemsApiController(
            Callers callers,
            WorkflowPolicy policy,
            CommitteeService committees,
            MeetingService meetings,
            ItemService items,
            ContentAccess access) {
        this.callers = callers;
        this.policy = policy;
        this.committees = committees;
        this.meetings = meetings;
        this.items = items;
        this.access = access;
    }

    /** Creates an item from the template, in state KLADDE. */
    @PostMapping
    ResponseEntity<ApiJson.Item> create(@RequestBody ApiJson.NewItemRequest body) {
        policy.require(callers.current(), Step.CREATE_ITEM);
        NewItem item = checked(body);
        ItemView created = items.create(item);
        return ResponseEntity.created(URI.create("/api/v1/items/" + created.id()))
                .body(json(created));
    }

    /** The item; a closed item's content only for those with access to its committee's closed content. */
    @GetMapping("/{id}")
    ApiJson.Item get(@PathVariable long id) {
        CurrentUser user = callers.current();
        ItemView item = items.find(id).orElseThrow(() -> ApiException.notFound("There is no item " + id));
        boolean seesClosed =
                access.audienceFor(Optional.of(user), item.committeeId()).seesClosedContent();
        if (!policy.readsUnpublished(user) && !seesClosed) {
            throw ApiException.forbidden("User '" + user.username() + "' may not read items before they are"
                    + " published; read them in the meeting's document");
        }
        ApiJson.Item json = json(item);
        if (item.closed() && !seesClosed) {
            return new ApiJson.Item(
                    json.id(),
                    json.committeeId(),
                    json.meetingId(),
                    json.title(),
                    json.caseNumber(),
                    json.type(),
                    null,
                    null,
                    true,
                    json.state(),
                    null,
                    List.of(),
                    null,
                    List.of(),
                    json.version());
        }
        return json;
    }

    /**
     * Replaces a draft's content. {@code version} is the version the client read; if someone saved the item since,
     * nothing is changed and the answer is 409 naming both versions.
     */
    @PutMapping("/{id}")
    ApiJson.Item update(@PathVariable long id, @RequestBody UpdateItemRequest body) {
        policy.require(callers.current(), Step.EDIT_ITEM);
        ItemView existing = items.find(id).orElseThrow(() -> ApiException.notFound("There is no item " + id));
        if (body == null) {
            throw ApiException.badInput("body", "The request body is missing");
        }
        if (body.version() == null) {
            throw ApiException.badInput(
                    "version", "version is missing: send the version you read, so no one else's change is lost");
        }
        NewItem checked = checked(new ApiJson.NewItemRequest(
                existing.committeeId(),
                body.meetingId(),
                body.title(),
                body.caseNumber(),
                body.type(),
                body.responsible(),
                body.minutes(),
                body.closed(),
                body.sections(),
                body.recommendation()));
        ItemChanges changes = new ItemChanges(
                checked.meetingId(),
                checked.title(),
                checked.caseNumber(),
                checked.type(),
                checked.responsible(),
                checked.minutes(),
                checked.closed(),
                checked.sections(),
                checked.recommendation());
        return json(items.update(id, body.version(), changes));
    }

    /** The body of {@code PUT /api/v1/items/{id}}: the item's content as in POST, plus the version read. */
    record UpdateItemRequest(
            Long version,
            Long meetingId,
            String title,
            String caseNumber,
            String type,
            String responsible,
            Integer minutes,
            Boolean closed,
            List<ApiJson.Section> sections,
            ApiJson.Recommendation recommendation) {}

    @PostMapping("/{id}/submit")
    ApiJson.Item submit(@PathVariable long id) {
        policy.require(callers.current(), Step.SUBMIT_ITEM);
        existing(id);
        return json(items.submit(id));
    }

    @PostMapping("/{id}/approve")
    ApiJson.Item approve(@PathVariable long id) {
        policy.require(callers.current(), Step.APPROVE_ITEM);
        existing(id);
        return json(items.approve(id));
    }

    @PostMapping("/{id}/return")
    ApiJson.Item returnForChanges(@PathVariable long id, @RequestBody(required = false) ApiJson.ReturnRequest body) {
        policy.require(callers.current(), Step.RETURN_ITEM);
        existing(id);
        String comment = body == null ? null : body.comment();
        if (comment == null || comment.isBlank()) {
            throw ApiException.badInput("comment", "Say what the author should change: \"comment\" is missing");
        }
        return json(items.returnForChanges(id, comment));
    }

    private ApiJson.Item json(ItemView item) {
        return ApiJson.Item.of(item, items.findReturnComment(item.id()).orElse(null));
    }

    private void existing(long id) {
        if (items.find(id).isEmpty()) {
            throw ApiException.notFound("There is no item " + id);
        }
    }

    /** Checks the request field by field, so that a refusal names the field. */
    private NewItem checked(ApiJson.NewItemRequest body) {
        if (body == null) {
            throw ApiException.badInput("body", "The request body is missing");
        }
        if (body.committeeId() == null) {
            throw ApiException.badInput("committeeId", "committeeId is missing");
        }
        if (committees.find(body.committeeId()).isEmpty()) {
            throw ApiException.badInput("committeeId", "There is no committee " + body.committeeId());
        }
        if (body.meetingId() != null) {
            MeetingView meeting = meetings.find(body.meetingId())
                    .orElseThrow(() -> ApiException.badInput("meetingId", "There is no meeting " + body.meetingId()));
            if (meeting.committeeId() != body.committeeId()) {
                throw ApiException.badInput(
                        "meetingId",
                        "Meeting " + meeting.id() + " belongs to committee " + meeting.committeeId() + ", not to "
                                + body.committeeId());
            }
        }
        if (body.title() == null || body.title().isBlank()) {
            throw ApiException.badInput("title", "title must not be blank");
        }
        if (body.caseNumber() != null && !body.caseNumber().isBlank()) {
            try {
                CaseNumber.parse(body.caseNumber());
            } catch (IllegalArgumentException e) {
                throw ApiException.badInput("caseNumber", e.getMessage());
            }
        }
        ItemType type = null;
        if (body.type() != null && !body.type().isBlank()) {
            try {
                type = ItemType.fromLabel(body.type());
            } catch (IllegalArgumentException e) {
                throw ApiException.badInput("type", e.getMessage());
            }
        }
        if (body.minutes() != null && body.minutes() < 0) {
            throw ApiException.badInput("minutes", "minutes must be 0 or more, was " + body.minutes());
        }
        List<ItemView.Section> sections = new ArrayList<>();
        if (body.sections() != null) {
            for (int i = 0; i < body.sections().size(); i++) {
                ApiJson.Section section = body.sections().get(i);
                if (section == null || !SectionNames.isTemplateSection(section.name())) {
                    throw ApiException.badInput(
                            "sections[" + i + "].name",
                            "Unknown section '" + (section == null ? null : section.name()) + "'; expected one of "
                                    + SectionNames.TEMPLATE);
                }
                sections.add(new ItemView.Section(section.name(), section.text()));
            }
        }
        ItemView.Recommendation recommendation = body.recommendation() == null
                ? null
                : new ItemView.Recommendation(
                        body.recommendation().by(), body.recommendation().clauses());
        return new NewItem(
                body.committeeId(),
                body.meetingId(),
                body.title(),
                body.caseNumber(),
                type,
                body.responsible(),
                body.minutes(),
                Boolean.TRUE.equals(body.closed()),
                sections,
                recommendation);
    }
}
