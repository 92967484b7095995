package dk.punkt.api.internal;

import dk.punkt.accounts.CurrentUser;
import dk.punkt.accounts.WorkflowPolicy;
import dk.punkt.accounts.WorkflowPolicy.Step;
import dk.punkt.committees.Audience;
import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.ContentAccess;
import dk.punkt.items.AgendaService;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingView;
import dk.punkt.meetings.MeetingView.AgendaRow;
import dk.punkt.meetings.NewMeeting;
import dk.punkt.meetings.Timetable;
import dk.punkt.meetings.TimetableRow;
import dk.punkt.publishing.MeetingDocument;
import dk.punkt.publishing.MeetingDocumentService;
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
@RequestMapping("/api/v1/meetings")
class MeetingsApiController {

    private final Callers callers;
    private final WorkflowPolicy policy;
    private final CommitteeService committees;
    private final MeetingService meetings;
    private final AgendaService agendas;
    private final MeetingDocumentService documents;
    private final ContentAccess access;

    MeetingsApiController(
            Callers callers,
            WorkflowPolicy policy,
            CommitteeService committees,
            MeetingService meetings,
            AgendaService agendas,
            MeetingDocumentService documents,
            ContentAccess access) {
        this.callers = callers;
        this.policy = policy;
        this.committees = committees;
        this.meetings = meetings;
        this.agendas = agendas;
        this.documents = documents;
        this.access = access;
    }

    /** Plans a meeting; start, end and location default to the committee's, participants to its members. */
    @PostMapping
    ResponseEntity<ApiJson.Meeting> plan(@RequestBody ApiJson.NewMeetingRequest body) {
        CurrentUser user = callers.current();
        policy.require(user, Step.PLAN_MEETING);
        if (body == null) {
            throw ApiException.badInput("body", "The request body is missing");
        }
        if (body.committeeId() == null) {
            throw ApiException.badInput("committeeId", "committeeId is missing");
        }
        if (committees.find(body.committeeId()).isEmpty()) {
            throw ApiException.badInput("committeeId", "There is no committee " + body.committeeId());
        }
        if (body.date() == null) {
            throw ApiException.badInput("date", "date is missing (e.g. \"2026-12-03\")");
        }
        if (body.startTime() != null
                && body.endTime() != null
                && !body.endTime().isAfter(body.startTime())) {
            throw ApiException.badInput(
                    "endTime", "endTime " + body.endTime() + " must be after startTime " + body.startTime());
        }
        MeetingView meeting = meetings.plan(new NewMeeting(
                body.committeeId(), body.date(), body.startTime(), body.endTime(), body.location(), null, null));
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + meeting.id()))
                .body(json(meeting, user));
    }

    /** The meeting document as the caller may see it: closed content only for those with access. */
    @GetMapping("/{id}")
    ApiJson.Meeting get(@PathVariable long id) {
        CurrentUser user = callers.current();
        MeetingView meeting = existing(id);
        Audience audience = access.audienceFor(Optional.of(user), meeting.committeeId());
        if (!meeting.state().isPublished() && !policy.readsUnpublished(user) && !audience.seesClosedContent()) {
            throw ApiException.forbidden("The agenda of meeting " + id + " is not published yet; user '"
                    + user.username() + "' may read it once it is");
        }
        return json(meeting, user);
    }

    /** Sets the agenda (items and pauses in order); standing items stay first and last. */
    @PutMapping("/{id}/agenda")
    ApiJson.Meeting setAgenda(@PathVariable long id, @RequestBody ApiJson.AgendaRequest body) {
        CurrentUser user = callers.current();
        policy.require(user, Step.ASSEMBLE_AGENDA);
        existing(id);
        if (body == null || body.rows() == null) {
            throw ApiException.badInput("rows", "rows are missing: [{\"itemId\": 5}, {\"pause\": 5}, …]");
        }
        MeetingView meeting = agendas.assemble(id, rows(body.rows()), body.version());
        return json(meeting, user);
    }

    /** PLANLAGT → DAGSORDEN_UDSENDT when every item on the agenda is approved. */
    @PostMapping("/{id}/publish-agenda")
    ApiJson.Meeting publishAgenda(@PathVariable long id) {
        CurrentUser user = callers.current();
        policy.require(user, Step.PUBLISH_AGENDA);
        existing(id);
        return json(agendas.publishAgenda(id), user);
    }

    private MeetingView existing(long id) {
        return meetings.find(id).orElseThrow(() -> ApiException.notFound("There is no meeting " + id));
    }

    private static List<AgendaRow> rows(List<ApiJson.AgendaRowRequest> requested) {
        List<AgendaRow> rows = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            ApiJson.AgendaRowRequest row = requested.get(i);
            String field = "rows[" + i + "]";
            if (row == null || (row.itemId() == null) == (row.pause() == null)) {
                throw ApiException.badInput(field, "A row has either \"itemId\" or \"pause\" (minutes), not both");
            }
            if (row.pause() != null && row.pause() <= 0) {
                throw ApiException.badInput(field + ".pause", "A pause lasts at least one minute, not " + row.pause());
            }
            rows.add(row.pause() != null ? AgendaRow.pause(row.pause()) : AgendaRow.item(row.itemId()));
        }
        return rows;
    }

    // Read again after a change, so the document shows the items' new states.
    private ApiJson.Meeting json(MeetingView changed, CurrentUser user) {
        Audience audience = access.audienceFor(Optional.of(user), changed.committeeId());
        MeetingDocument document = documents.forMeeting(changed.id(), audience).orElseThrow();
        List<TimetableRow> timetable = document.timetable().stream()
                .map(e -> new TimetableRow(
                        TimetableRow.Kind.valueOf(e.kind()), e.number(), null, e.start(), e.end(), e.minutes()))
                .toList();
        return new ApiJson.Meeting(
                document,
                changed.committeeId(),
                changed.endTime(),
                changed.version(),
                Timetable.endsAfter(timetable, changed.endTime()));
    }
}
