package dk.punkt.api.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dk.punkt.committees.CommitteeKind;
import dk.punkt.committees.CommitteeView;
import dk.punkt.items.ItemState;
import dk.punkt.items.ItemView;
import dk.punkt.publishing.MeetingDocument;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The request and response bodies of the JSON API; names follow DESIGN.md §3. */
final class ApiJson {

    private ApiJson() {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Committee(
            long id,
            String name,
            CommitteeKind kind,
            String defaultLocation,
            LocalTime defaultStartTime,
            LocalTime defaultEndTime,
            List<Member> members,
            List<StandingItem> standingItems) {

        static Committee of(CommitteeView c) {
            return new Committee(
                    c.id(),
                    c.name(),
                    c.kind(),
                    c.defaultLocation(),
                    c.defaultStartTime(),
                    c.defaultEndTime(),
                    c.members().stream()
                            .map(m -> new Member(m.name(), m.title(), m.role().name()))
                            .toList(),
                    c.standingItems().stream()
                            .map(s -> new StandingItem(s.placement().name(), s.title(), s.minutes()))
                            .toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Member(String name, String title, String role) {}

    record StandingItem(String placement, String title, int minutes) {}

    /** POST /api/v1/meetings; start, end and location default to the committee's. */
    record NewMeetingRequest(
            Long committeeId, LocalDate date, LocalTime startTime, LocalTime endTime, String location) {}

    /**
     * A meeting: the DESIGN.md §3 document for the caller's audience, plus what a client needs to change it: the
     * committee id, the end time, the version to send back, and whether the timetable runs past the end.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Meeting(
            @JsonUnwrapped MeetingDocument document,
            long committeeId,
            LocalTime endTime,
            long version,
            boolean runsLate) {}

    /** PUT /api/v1/meetings/{id}/agenda: rows in order, each an item or a pause; {@code version} as last read. */
    record AgendaRequest(List<AgendaRowRequest> rows, Long version) {}

    record AgendaRowRequest(Long itemId, Integer pause) {}

    /** POST /api/v1/items. */
    record NewItemRequest(
            Long committeeId,
            Long meetingId,
            String title,
            String caseNumber,
            String type,
            String responsible,
            Integer minutes,
            Boolean closed,
            List<Section> sections,
            Recommendation recommendation) {}

    record Section(String name, String text) {}

    record Recommendation(String by, List<String> clauses) {}

    record ReturnRequest(String comment) {}

    /** An item as its author, recommender and secretary work on it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(
            long id,
            long committeeId,
            Long meetingId,
            String title,
            String caseNumber,
            String type,
            String responsible,
            Integer minutes,
            boolean closed,
            ItemState state,
            String returnComment,
            List<Section> sections,
            Recommendation recommendation,
            List<String> attachments,
            long version) {

        /** {@code returnComment}: the recommender's comment when the item was returned for changes, or null. */
        static Item of(ItemView i, String returnComment) {
            return new Item(
                    i.id(),
                    i.committeeId(),
                    i.meetingId(),
                    i.title(),
                    i.caseNumber(),
                    i.type() == null ? null : i.type().label(),
                    i.responsible(),
                    i.minutes(),
                    i.closed(),
                    i.state(),
                    returnComment,
                    i.sections().stream()
                            .map(s -> new Section(s.name(), s.text()))
                            .toList(),
                    i.recommendation() == null
                            ? null
                            : new Recommendation(
                                    i.recommendation().by(), i.recommendation().clauses()),
                    i.appendices().stream().map(ItemView.AppendixView::name).toList(),
                    i.version());
        }
    }
}
