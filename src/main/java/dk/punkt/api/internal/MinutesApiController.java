package dk.punkt.api.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dk.punkt.accounts.CurrentUser;
import dk.punkt.accounts.WorkflowPolicy;
import dk.punkt.accounts.WorkflowPolicy.Step;
import dk.punkt.cases.CaseNumber;
import dk.punkt.committees.Audience;
import dk.punkt.committees.ContentAccess;
import dk.punkt.items.ItemService;
import dk.punkt.items.ItemView;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingState;
import dk.punkt.meetings.MeetingView;
import dk.punkt.meetings.Timetable;
import dk.punkt.meetings.TimetableRow;
import dk.punkt.minutes.CaseHistory;
import dk.punkt.minutes.CaseHistoryService;
import dk.punkt.minutes.Correction;
import dk.punkt.minutes.DecisionConflictException;
import dk.punkt.minutes.DecisionView;
import dk.punkt.minutes.FollowUpService;
import dk.punkt.minutes.FollowUpStatus;
import dk.punkt.minutes.FollowUpView;
import dk.punkt.minutes.InvalidMinutesInputException;
import dk.punkt.minutes.MinutesService;
import dk.punkt.minutes.MissingDecisionsException;
import dk.punkt.minutes.NewFollowUp;
import dk.punkt.minutes.NoteService;
import dk.punkt.minutes.NoteView;
import dk.punkt.minutes.Outcome;
import dk.punkt.minutes.ReferralService;
import dk.punkt.minutes.ReferralView;
import dk.punkt.publishing.DocumentVersionService;
import dk.punkt.publishing.DocumentVersionView;
import dk.punkt.publishing.MeetingDocument;
import dk.punkt.publishing.MeetingDocumentService;
import dk.punkt.publishing.VersionKind;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Issue 5's API: decisions, approving and correcting minutes, their versions, case history and follow-ups. */
@RestController
class MinutesApiController {

    private final Callers callers;
    private final WorkflowPolicy policy;
    private final MeetingService meetings;
    private final ItemService items;
    private final MinutesService minutes;
    private final CaseHistoryService cases;
    private final FollowUpService followUps;
    private final ReferralService referrals;
    private final NoteService notes;
    private final MeetingDocumentService documents;
    private final DocumentVersionService documentVersions;
    private final ContentAccess access;

    MinutesApiController(
            Callers callers,
            WorkflowPolicy policy,
            MeetingService meetings,
            ItemService items,
            MinutesService minutes,
            CaseHistoryService cases,
            FollowUpService followUps,
            ReferralService referrals,
            NoteService notes,
            MeetingDocumentService documents,
            DocumentVersionService documentVersions,
            ContentAccess access) {
        this.documentVersions = documentVersions;
        this.callers = callers;
        this.policy = policy;
        this.meetings = meetings;
        this.items = items;
        this.minutes = minutes;
        this.cases = cases;
        this.followUps = followUps;
        this.referrals = referrals;
        this.notes = notes;
        this.documents = documents;
        this.access = access;
    }

    // --- bodies ---

    /** PUT /api/v1/items/{id}/decision; {@code version}: the decision's version last read (optional). */
    record DecisionRequest(String text, String outcome, Long version) {}

    /** The item with its decision at its meeting. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ItemDecision(@JsonUnwrapped ApiJson.Item item, String decision, Outcome outcome, Long decisionVersion) {}

    /**
     * The meeting after approval: {@code version} is the document version the approved minutes became (numbered as
     * {@code /moeder/{id}/versioner/{n}}), {@code minutesVersion} counts the minutes' own versions (1 = as approved).
     */
    record ApprovedMeeting(@JsonUnwrapped ApiJson.Meeting meeting, int version, int minutesVersion) {}

    record CorrectionRequest(String reason, List<CorrectionItem> items) {}

    record CorrectionItem(Long id, String decision, String outcome) {}

    /**
     * A frozen version of the meeting's document, numbered as {@code /moeder/{id}/versioner/{n}} numbers them (the
     * agenda, its corrections and supplements, the approved minutes and their corrections share one numbering);
     * {@code minutesVersion} counts the minutes' own versions (1 = as approved, 2 = the first correction…).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Version(
            int number,
            VersionKind kind,
            Integer minutesVersion,
            String label,
            String reason,
            Instant at,
            String by,
            List<VersionItem> items) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record VersionItem(
            int number, long id, String title, String caseNumber, boolean closed, String decision, Outcome outcome) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Case(String caseNumber, String title, List<CaseEntry> items) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CaseEntry(
            long id,
            String title,
            String committee,
            long committeeId,
            Long meetingId,
            LocalDate meetingDate,
            MeetingState meetingState,
            String type,
            boolean closed,
            String state,
            boolean postponedHere,
            Long referredFrom,
            String decision,
            Outcome outcome) {}

    record FollowUpRequest(String text, String owner, LocalDate dueDate, Long targetMeetingId) {}

    record StatusRequest(String status, Long version) {}

    record ReferralRequest(Long committeeId) {}

    // --- decisions ---

    /** Records the decision; the first one marks the meeting held. 409 once the minutes are approved. */
    @PutMapping("/api/v1/items/{id}/decision")
    ItemDecision recordDecision(@PathVariable long id, @RequestBody DecisionRequest body) {
        policy.require(callers.current(), Step.RECORD_DECISION);
        existingItem(id);
        if (body == null) {
            throw ApiException.badInput("body", "The request body is missing: {\"text\": …, \"outcome\": …}");
        }
        Outcome outcome = outcome("outcome", body.outcome());
        DecisionView decision = minutes.recordDecision(id, body.text(), outcome, body.version());
        ItemView item = existingItem(id);
        return new ItemDecision(ApiJson.Item.of(item, null), decision.text(), decision.outcome(), decision.version());
    }

    // --- attendance ---

    /** PUT /api/v1/meetings/{id}/attendance: who was there and who sent apologies (afbud), in print order. */
    record AttendanceRequest(List<PersonRequest> present, List<PersonRequest> absent) {}

    record PersonRequest(String name, String title) {}

    /** Replaces the meeting's attendance; 409 once the minutes are approved (or the meeting is cancelled). */
    @PutMapping("/api/v1/meetings/{id}/attendance")
    ApiJson.Meeting attendance(@PathVariable long id, @RequestBody AttendanceRequest body) {
        CurrentUser user = callers.current();
        policy.require(user, Step.RECORD_ATTENDANCE);
        existingMeeting(id);
        if (body == null) {
            throw ApiException.badInput(
                    "body", "The request body is missing: {\"present\": [{\"name\", \"title\"}], \"absent\": […]}");
        }
        if (body.present() == null) {
            throw ApiException.badInput("present", "present is missing (a list, may be empty)");
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<MeetingView.Attendee> present = attendees("present", body.present(), seen);
        List<MeetingView.Attendee> absent =
                attendees("absent", body.absent() == null ? List.of() : body.absent(), seen);
        return meetingJson(meetings.setAttendance(id, present, absent), user);
    }

    private static List<MeetingView.Attendee> attendees(
            String field, List<PersonRequest> people, java.util.Set<String> seen) {
        List<MeetingView.Attendee> result = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            PersonRequest p = people.get(i);
            String at = field + "[" + i + "]";
            if (p == null || p.name() == null || p.name().isBlank()) {
                throw ApiException.badInput(at + ".name", "The person's name is missing");
            }
            String name = p.name().strip();
            if (name.length() > 200) {
                throw ApiException.badInput(at + ".name", "A name is at most 200 characters, was " + name.length());
            }
            if (p.title() != null && p.title().strip().length() > 200) {
                throw ApiException.badInput(
                        at + ".title",
                        "A title is at most 200 characters, was "
                                + p.title().strip().length());
            }
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw ApiException.badInput(
                        at + ".name", "'" + name + "' is listed twice (present or absent, not both)");
            }
            result.add(new MeetingView.Attendee(
                    name,
                    p.title() == null || p.title().isBlank() ? null : p.title().strip()));
        }
        return result;
    }

    // --- approval, corrections, versions ---

    @PostMapping("/api/v1/meetings/{id}/approve-minutes")
    ApprovedMeeting approve(@PathVariable long id) {
        CurrentUser user = callers.current();
        policy.require(user, Step.APPROVE_MINUTES);
        existingMeeting(id);
        minutes.approve(id);
        DocumentVersionView approved = latestMinutesVersion(id);
        return new ApprovedMeeting(meetingJson(existingMeeting(id), user), approved.number(), minutesOrdinal(approved));
    }

    @PostMapping("/api/v1/meetings/{id}/corrections")
    ResponseEntity<Version> correct(@PathVariable long id, @RequestBody CorrectionRequest body) {
        CurrentUser user = callers.current();
        policy.require(user, Step.CORRECT_MINUTES);
        MeetingView meeting = existingMeeting(id);
        if (body == null) {
            throw ApiException.badInput("body", "The request body is missing: {\"reason\": …, \"items\": […]}");
        }
        if (body.reason() == null || body.reason().isBlank()) {
            throw ApiException.badInput("reason", "Say why the approved minutes are corrected: \"reason\" is missing");
        }
        if (body.items() == null || body.items().isEmpty()) {
            throw ApiException.badInput("items", "Name the corrected items: \"items\": [{\"id\": …, \"decision\": …}]");
        }
        List<Correction> corrections = new ArrayList<>();
        for (int i = 0; i < body.items().size(); i++) {
            CorrectionItem c = body.items().get(i);
            if (c == null || c.id() == null) {
                throw ApiException.badInput("items[" + i + "].id", "The item's id is missing");
            }
            if (c.decision() == null && c.outcome() == null) {
                throw ApiException.badInput(
                        "items[" + i + "].decision", "Give the corrected \"decision\" text (or \"outcome\")");
            }
            corrections.add(new Correction(c.id(), c.decision(), outcome("items[" + i + "].outcome", c.outcome())));
        }
        minutes.correct(id, body.reason(), corrections);
        DocumentVersionView version = latestMinutesVersion(id);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id + "/versions/" + version.number()))
                .body(version(version, audience(user, meeting)));
    }

    /**
     * The meeting's published versions, oldest first: agenda, corrections and supplements, approved minutes and their
     * corrections (without their items; read one for those). Unpublished meetings have none.
     */
    @GetMapping("/api/v1/meetings/{id}/versions")
    List<Version> versions(@PathVariable long id) {
        callers.current();
        existingMeeting(id);
        List<DocumentVersionView> all = documentVersions.findByMeeting(id);
        return all.stream()
                .map(v -> new Version(
                        v.number(),
                        v.kind(),
                        minutesOrdinal(v, all),
                        v.label(),
                        v.reason(),
                        v.createdAt(),
                        v.createdBy(),
                        null))
                .toList();
    }

    /** One version with every item (and, for minutes, its decision) as it was then; closed content only with access. */
    @GetMapping("/api/v1/meetings/{id}/versions/{number}")
    Version version(@PathVariable long id, @PathVariable int number) {
        CurrentUser user = callers.current();
        MeetingView meeting = existingMeeting(id);
        DocumentVersionView version = documentVersions
                .find(id, number)
                .orElseThrow(() -> ApiException.notFound("Meeting " + id + " has no version " + number));
        return version(version, audience(user, meeting));
    }

    // --- case history ---

    @GetMapping("/api/v1/cases/{caseNumber}")
    Case caseHistory(@PathVariable String caseNumber) {
        CurrentUser user = callers.current();
        CaseNumber number;
        try {
            number = CaseNumber.parse(caseNumber);
        } catch (IllegalArgumentException e) {
            throw ApiException.badInput("caseNumber", e.getMessage());
        }
        CaseHistory history = cases.history(number);
        boolean staff = policy.readsUnpublished(user);
        Map<Long, Audience> audiences = new HashMap<>();
        List<CaseEntry> entries = new ArrayList<>();
        for (CaseHistory.Entry e : history.entries()) {
            ItemView item = e.item();
            Audience audience =
                    audiences.computeIfAbsent(item.committeeId(), c -> access.audienceFor(Optional.of(user), c));
            boolean published = e.meeting() != null && e.meeting().state().isPublished();
            if (!published && !staff && !audience.seesClosedContent()) {
                continue; // drafts and unpublished agendas are not theirs to read
            }
            boolean withheld = item.closed() && !audience.seesClosedContent();
            boolean decisionVisible = !withheld
                    && e.decision() != null
                    && (staff
                            || audience.seesClosedContent()
                            || e.meeting() != null && e.meeting().state() == MeetingState.REFERAT_GODKENDT);
            entries.add(new CaseEntry(
                    item.id(),
                    item.title(),
                    e.committeeName(),
                    item.committeeId(),
                    e.meeting() == null ? null : e.meeting().id(),
                    e.meeting() == null ? null : e.meeting().date(),
                    e.meeting() == null ? null : e.meeting().state(),
                    item.type() == null ? null : item.type().label(),
                    item.closed(),
                    item.state().name(),
                    e.postponedHere(),
                    e.referredFrom(),
                    decisionVisible ? e.decision().text() : null,
                    decisionVisible ? e.decision().outcome() : null));
        }
        return new Case(history.caseNumber(), history.title(), entries);
    }

    // --- follow-ups ---

    @GetMapping("/api/v1/follow-ups")
    List<FollowUpView> followUps(@RequestParam(required = false) String status) {
        CurrentUser user = callers.current();
        if (!policy.readsUnpublished(user)) {
            throw ApiException.forbidden("User '" + user.username() + "' may not read follow-ups: they are the"
                    + " secretaries' and case workers' work list");
        }
        return followUps.find(status == null || status.isBlank() ? null : status("status", status));
    }

    @PostMapping("/api/v1/items/{id}/follow-ups")
    ResponseEntity<FollowUpView> createFollowUp(@PathVariable long id, @RequestBody FollowUpRequest body) {
        policy.require(callers.current(), Step.MANAGE_FOLLOW_UPS);
        existingItem(id);
        if (body == null) {
            throw ApiException.badInput("body", "The request body is missing: {\"text\", \"owner\", \"dueDate\"}");
        }
        FollowUpView created = followUps.create(
                new NewFollowUp(id, body.text(), body.owner(), body.dueDate(), body.targetMeetingId()));
        return ResponseEntity.created(URI.create("/api/v1/follow-ups/" + created.id()))
                .body(created);
    }

    @PostMapping("/api/v1/follow-ups/{id}/status")
    FollowUpView changeStatus(@PathVariable long id, @RequestBody StatusRequest body) {
        policy.require(callers.current(), Step.MANAGE_FOLLOW_UPS);
        if (body == null || body.status() == null) {
            throw ApiException.badInput("status", "status is missing (OPEN, DONE or CANCELLED)");
        }
        return followUps.changeStatus(id, status("status", body.status()), body.version());
    }

    // --- referral ---

    @PostMapping("/api/v1/items/{id}/referrals")
    ResponseEntity<ReferralView> refer(@PathVariable long id, @RequestBody ReferralRequest body) {
        policy.require(callers.current(), Step.REFER_ITEM);
        existingItem(id);
        if (body == null || body.committeeId() == null) {
            throw ApiException.badInput("committeeId", "committeeId (the receiving committee) is missing");
        }
        ReferralView referral = referrals.refer(id, body.committeeId());
        return ResponseEntity.created(URI.create("/api/v1/items/" + referral.toItemId()))
                .body(referral);
    }

    // --- private notes ---

    record NoteRequest(String text, Long version) {}

    /** The caller's own note on the item (204 when there is none): nobody else's note is ever returned. */
    @GetMapping("/api/v1/items/{id}/note")
    ResponseEntity<NoteView> note(@PathVariable long id) {
        CurrentUser user = callers.current();
        existingItem(id);
        return notes.find(id, user.id())
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    /** Writes the caller's own note; an empty text deletes it (204). */
    @PutMapping("/api/v1/items/{id}/note")
    ResponseEntity<NoteView> writeNote(@PathVariable long id, @RequestBody NoteRequest body) {
        CurrentUser user = callers.current();
        ItemView item = existingItem(id);
        if (item.closed()
                && !access.audienceFor(Optional.of(user), item.committeeId()).seesClosedContent()) {
            throw ApiException.forbidden("Item " + id + " is closed; user '" + user.username() + "' may not read it");
        }
        if (body == null) {
            throw ApiException.badInput("text", "The request body is missing: {\"text\": …}");
        }
        return notes.write(id, user.id(), body.text(), body.version())
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    // --- refusals with more than a message ---

    @ExceptionHandler(MissingDecisionsException.class)
    ProblemDetail missing(MissingDecisionsException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty(
                "itemsWithoutDecision",
                e.items().stream()
                        .map(m -> Map.of("id", m.itemId(), "number", m.number(), "title", m.title()))
                        .toList());
        return problem;
    }

    @ExceptionHandler(DecisionConflictException.class)
    ProblemDetail conflict(DecisionConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("currentDecision", e.current().text());
        problem.setProperty("currentOutcome", e.current().outcome());
        problem.setProperty("currentVersion", e.current().version());
        return problem;
    }

    @ExceptionHandler(InvalidMinutesInputException.class)
    ProblemDetail invalid(InvalidMinutesInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("field", e.field());
        return problem;
    }

    // --- helpers ---

    /** An outcome by name ("TAGET_TIL_EFTERRETNING") or Danish label ("Taget til efterretning"); null stays null. */
    static Outcome outcome(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String wanted = text.strip();
        for (Outcome o : Outcome.values()) {
            if (o.name().equalsIgnoreCase(wanted.replace(' ', '_')) || o.label().equalsIgnoreCase(wanted)) {
                return o;
            }
        }
        throw ApiException.badInput(
                field,
                "Unknown outcome '" + text + "'; expected one of " + java.util.Arrays.toString(Outcome.values()));
    }

    private static FollowUpStatus status(String field, String text) {
        try {
            return FollowUpStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badInput(
                    field,
                    "Unknown status '" + text + "'; expected one of "
                            + java.util.Arrays.toString(FollowUpStatus.values()));
        }
    }

    private Audience audience(CurrentUser user, MeetingView meeting) {
        return access.audienceFor(Optional.of(user), meeting.committeeId());
    }

    private Version version(DocumentVersionView v, Audience audience) {
        MeetingDocument document =
                documentVersions.document(v.meetingId(), v.number(), audience).orElseThrow();
        return new Version(
                v.number(),
                v.kind(),
                minutesOrdinal(v),
                v.label(),
                v.reason(),
                v.createdAt(),
                v.createdBy(),
                document.items().stream()
                        .map(i -> new VersionItem(
                                i.number(),
                                i.id() == null ? 0 : i.id(),
                                i.title(),
                                i.caseNumber(),
                                i.closed(),
                                i.withheld() ? null : i.decision(),
                                i.withheld() ? null : i.outcome()))
                        .toList());
    }

    /** 1 for the approved minutes, 2 for their first correction…; null for agenda versions. */
    private Integer minutesOrdinal(DocumentVersionView v) {
        return minutesOrdinal(v, documentVersions.findByMeeting(v.meetingId()));
    }

    /** The same, counted in the meeting's versions already read ({@code all}). */
    private static Integer minutesOrdinal(DocumentVersionView v, List<DocumentVersionView> all) {
        if (v.kind() != VersionKind.MINUTES) {
            return null;
        }
        return (int) all.stream()
                .filter(o -> o.kind() == VersionKind.MINUTES && o.number() <= v.number())
                .count();
    }

    /** The newest minutes version: frozen by publishing in the approving or correcting transaction. */
    private DocumentVersionView latestMinutesVersion(long meetingId) {
        List<DocumentVersionView> all = documentVersions.findByMeeting(meetingId).stream()
                .filter(v -> v.kind() == VersionKind.MINUTES)
                .toList();
        if (all.isEmpty()) {
            throw new IllegalStateException("The approved minutes of meeting " + meetingId + " have no version");
        }
        return all.get(all.size() - 1);
    }

    private ItemView existingItem(long id) {
        return items.find(id).orElseThrow(() -> ApiException.notFound("There is no item " + id));
    }

    private MeetingView existingMeeting(long id) {
        return meetings.find(id).orElseThrow(() -> ApiException.notFound("There is no meeting " + id));
    }

    // As MeetingsApiController writes a meeting (kept apart so the two controllers can change independently).
    private ApiJson.Meeting meetingJson(MeetingView meeting, CurrentUser user) {
        MeetingDocument document =
                documents.forMeeting(meeting.id(), audience(user, meeting)).orElseThrow();
        List<TimetableRow> timetable = document.timetable().stream()
                .map(e -> new TimetableRow(
                        TimetableRow.Kind.valueOf(e.kind()), e.number(), null, e.start(), e.end(), e.minutes()))
                .toList();
        return new ApiJson.Meeting(
                document,
                meeting.committeeId(),
                meeting.endTime(),
                meeting.version(),
                Timetable.endsAfter(timetable, meeting.endTime()));
    }
}
