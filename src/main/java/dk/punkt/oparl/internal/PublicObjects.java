package dk.punkt.oparl.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.punkt.cases.CaseNumber;
import dk.punkt.committees.Audience;
import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.committees.MemberRole;
import dk.punkt.items.ItemService;
import dk.punkt.items.ItemView;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingState;
import dk.punkt.meetings.MeetingView;
import dk.punkt.publishing.DocumentVersionService;
import dk.punkt.publishing.DocumentVersionView;
import dk.punkt.publishing.MeetingDocument;
import dk.punkt.publishing.MeetingDocumentService;
import dk.punkt.publishing.VersionKind;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Everything that is public now, as OParl objects, offered to a ledger pass. What is public is not decided here: a
 * meeting is public when its agenda is out ({@link MeetingState#isPublished()}), and its content is exactly the public
 * cut of {@link MeetingDocumentService#forMeeting(long, Audience)} with {@link Audience#PUBLIC}, the same document the
 * public site and the public PDF show (closed items keep number, title and case number; closed appendices and closed
 * decisions are left out).
 */
@Component
class PublicObjects {

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final CommitteeService committees;
    private final MeetingService meetings;
    private final ItemService items;
    private final MeetingDocumentService documents;
    private final DocumentVersionService versions;
    private final OparlLinks links;
    private final ObjectMapper json;
    private final OparlSettings settings;

    PublicObjects(
            CommitteeService committees,
            MeetingService meetings,
            ItemService items,
            MeetingDocumentService documents,
            DocumentVersionService versions,
            OparlLinks links,
            ObjectMapper json,
            OparlSettings settings) {
        this.committees = committees;
        this.meetings = meetings;
        this.items = items;
        this.documents = documents;
        this.versions = versions;
        this.links = links;
        this.json = json;
        this.settings = settings;
    }

    /** Offers every public object to the pass, embedded objects before the objects that embed them. */
    void offerAll(OparlLedger.Pass pass) {
        pass.offer(OparlType.SYSTEM, "1", system(), null);
        pass.offer(OparlType.BODY, OparlLinks.BODY_KEY, body(), null);
        List<CommitteeView> all = committees.findAll();
        Map<Long, Map<String, String>> personsByCommittee = offerPeople(pass, all);
        Map<String, List<ObjectNode>> consultationsByCase = new LinkedHashMap<>();
        Map<String, String> firstTitleByCase = new LinkedHashMap<>();
        for (CommitteeView committee : all) {
            List<MeetingView> published = new ArrayList<>(meetings.findPublishedByCommittee(committee.id()));
            published.sort(Comparator.comparing(MeetingView::id));
            for (MeetingView meeting : published) {
                documents
                        .forMeeting(meeting.id(), Audience.PUBLIC)
                        .ifPresent(document -> offerMeeting(
                                pass,
                                committee,
                                meeting,
                                document,
                                personsByCommittee.getOrDefault(committee.id(), Map.of()),
                                consultationsByCase,
                                firstTitleByCase));
            }
        }
        consultationsByCase.forEach((caseNumber, consultations) -> pass.offer(
                OparlType.PAPER, caseNumber, paper(caseNumber, firstTitleByCase.get(caseNumber), consultations), null));
    }

    private ObjectNode object(OparlType type, String key) {
        ObjectNode node = json.createObjectNode();
        node.put("id", links.object(type, key));
        node.put("type", type.schemaType());
        return node;
    }

    private ObjectNode system() {
        ObjectNode node = json.createObjectNode();
        node.put("id", links.system());
        node.put("type", OparlType.SYSTEM.schemaType());
        node.put("oparlVersion", OparlType.SCHEMA);
        node.put("body", links.bodies());
        node.put("name", settings.systemName());
        putIfPresent(node, "contactEmail", settings.contactEmail());
        putIfPresent(node, "contactName", settings.contactName());
        node.put("website", links.base() + "/offentlig");
        node.put("vendor", settings.vendorUrl().isBlank() ? links.base() : settings.vendorUrl());
        node.put("product", settings.productUrl().isBlank() ? links.base() : settings.productUrl());
        node.put("web", links.base() + "/offentlig");
        return node;
    }

    private ObjectNode body() {
        ObjectNode node = object(OparlType.BODY, OparlLinks.BODY_KEY);
        node.put("system", links.system());
        node.put("name", settings.bodyName());
        putIfPresent(node, "shortName", settings.bodyShortName());
        putIfPresent(node, "contactEmail", settings.contactEmail());
        putIfPresent(node, "contactName", settings.contactName());
        node.put("website", links.base() + "/offentlig");
        node.put("classification", "Kommune");
        node.put("organization", links.list(OparlType.ORGANIZATION));
        node.put("person", links.list(OparlType.PERSON));
        node.put("meeting", links.list(OparlType.MEETING));
        node.put("paper", links.list(OparlType.PAPER));
        node.put("agendaItem", links.list(OparlType.AGENDA_ITEM));
        node.put("consultation", links.list(OparlType.CONSULTATION));
        node.put("file", links.list(OparlType.FILE));
        node.put("membership", links.list(OparlType.MEMBERSHIP));
        node.put("locationList", links.list(OparlType.LOCATION));
        node.put("legislativeTermList", links.list(OparlType.LEGISLATIVE_TERM));
        node.putArray("legislativeTerm");
        node.put("web", links.base() + "/offentlig");
        return node;
    }

    /**
     * Committees, their members as persons and the memberships between them. A member who can log in is one person
     * across committees (keyed by the user); one without a login is a person per committee seat. Only name, title
     * and role are published: no e-mail, no user name.
     *
     * @return per committee, the person URL of each member's name (to link a meeting's participants)
     */
    private Map<Long, Map<String, String>> offerPeople(OparlLedger.Pass pass, List<CommitteeView> all) {
        Map<String, List<ObjectNode>> membershipsByPerson = new LinkedHashMap<>();
        Map<String, CommitteeView.MemberView> firstSeat = new LinkedHashMap<>();
        Map<Long, List<String>> membershipUrls = new LinkedHashMap<>();
        Map<Long, Map<String, String>> personsByCommittee = new LinkedHashMap<>();
        for (CommitteeView committee : all) {
            for (CommitteeView.MemberView member : committee.members()) {
                String personKey = member.userId() != null ? "u" + member.userId() : "m" + member.id();
                ObjectNode membership = object(OparlType.MEMBERSHIP, String.valueOf(member.id()));
                membership.put("person", links.object(OparlType.PERSON, personKey));
                membership.put("organization", links.object(OparlType.ORGANIZATION, String.valueOf(committee.id())));
                membership.put("role", roleLabel(member.role()));
                membership.put("votingRight", member.role() != MemberRole.SECRETARY);
                ObjectNode stamped = pass.offer(OparlType.MEMBERSHIP, String.valueOf(member.id()), membership, null);
                membershipsByPerson
                        .computeIfAbsent(personKey, k -> new ArrayList<>())
                        .add(stamped);
                firstSeat.putIfAbsent(personKey, member);
                membershipUrls
                        .computeIfAbsent(committee.id(), k -> new ArrayList<>())
                        .add(stamped.get("id").asText());
                personsByCommittee
                        .computeIfAbsent(committee.id(), k -> new LinkedHashMap<>())
                        .putIfAbsent(member.name(), links.object(OparlType.PERSON, personKey));
            }
        }
        membershipsByPerson.forEach((personKey, memberships) -> {
            CommitteeView.MemberView member = firstSeat.get(personKey);
            ObjectNode person = object(OparlType.PERSON, personKey);
            person.put("body", links.body());
            person.put("name", member.name());
            if (member.title() != null && !member.title().isBlank()) {
                person.putArray("status").add(member.title());
            }
            ArrayNode embedded = person.putArray("membership");
            memberships.forEach(embedded::add);
            pass.offer(OparlType.PERSON, personKey, person, null);
        });
        for (CommitteeView committee : all) {
            ObjectNode organization = object(OparlType.ORGANIZATION, String.valueOf(committee.id()));
            organization.put("body", links.body());
            organization.put("name", committee.name());
            organization.put("organizationType", "Gremium");
            organization.put("classification", kindLabel(committee));
            ArrayNode memberships = organization.putArray("membership");
            membershipUrls.getOrDefault(committee.id(), List.of()).forEach(memberships::add);
            organization.put("web", links.publicLinks().committee(committee.id()));
            pass.offer(OparlType.ORGANIZATION, String.valueOf(committee.id()), organization, null);
        }
        return personsByCommittee;
    }

    private void offerMeeting(
            OparlLedger.Pass pass,
            CommitteeView committee,
            MeetingView meeting,
            MeetingDocument document,
            Map<String, String> persons,
            Map<String, List<ObjectNode>> consultationsByCase,
            Map<String, String> firstTitleByCase) {
        String meetingUrl = links.object(OparlType.MEETING, String.valueOf(meeting.id()));
        String organizationUrl = links.object(OparlType.ORGANIZATION, String.valueOf(committee.id()));
        Instant since = meeting.agendaPublishedAt();
        Map<Long, ItemView.AppendixView> appendices =
                items
                        .findAll(document.items().stream()
                                .map(MeetingDocument.Item::id)
                                .toList())
                        .stream()
                        .flatMap(item -> item.appendices().stream())
                        .collect(Collectors.toMap(ItemView.AppendixView::id, Function.identity(), (a, b) -> a));

        ObjectNode node = object(OparlType.MEETING, String.valueOf(meeting.id()));
        node.put("name", committee.name() + " " + SHORT_DATE.format(meeting.date()));
        node.put("meetingState", stateLabel(meeting.state()));
        node.put("cancelled", meeting.cancelled());
        if (meeting.startTime() != null) {
            node.put("start", OparlTimes.format(meeting.date(), meeting.startTime()));
        }
        if (meeting.endTime() != null) {
            node.put("end", OparlTimes.format(meeting.date(), meeting.endTime()));
        }
        if (meeting.location() != null && !meeting.location().isBlank()) {
            ObjectNode location = object(OparlType.LOCATION, String.valueOf(meeting.id()));
            location.put("description", meeting.location());
            location.putArray("meetings").add(meetingUrl);
            node.set("location", pass.offer(OparlType.LOCATION, String.valueOf(meeting.id()), location, since));
        }
        node.putArray("organization").add(organizationUrl);
        ArrayNode participants = json.createArrayNode();
        document.participants().stream()
                .map(person -> persons.get(person.name()))
                .filter(java.util.Objects::nonNull)
                .distinct()
                .forEach(participants::add);
        if (!participants.isEmpty()) {
            node.set("participant", participants);
        }
        invitation(meeting, document)
                .ifPresent(file -> node.set(
                        "invitation", pass.offer(OparlType.FILE, "agenda-" + meeting.id(), file.node(), file.since())));
        resultsProtocol(meeting, document)
                .ifPresent(file -> node.set(
                        "resultsProtocol",
                        pass.offer(OparlType.FILE, "minutes-" + meeting.id(), file.node(), file.since())));

        ArrayNode agendaItems = node.putArray("agendaItem");
        for (int order = 0; order < document.items().size(); order++) {
            MeetingDocument.Item item = document.items().get(order);
            // Keyed by meeting and item: an item postponed to a later meeting is on two agendas.
            String key = meeting.id() + "-" + item.id();
            String itemUrl = links.object(OparlType.AGENDA_ITEM, key);
            ObjectNode agendaItem = object(OparlType.AGENDA_ITEM, key);
            agendaItem.put("meeting", meetingUrl);
            agendaItem.put("number", String.valueOf(item.number()));
            agendaItem.put("order", order);
            agendaItem.put("name", item.title());
            agendaItem.put("public", !item.closed());
            String caseNumber = item.caseNumber();
            if (caseNumber != null && CaseNumber.isValid(caseNumber)) {
                String paperUrl = links.object(OparlType.PAPER, caseNumber);
                ObjectNode consultation = object(OparlType.CONSULTATION, key);
                consultation.put("paper", paperUrl);
                consultation.put("agendaItem", itemUrl);
                consultation.put("meeting", meetingUrl);
                consultation.putArray("organization").add(organizationUrl);
                putIfPresent(consultation, "role", item.type());
                ObjectNode stamped = pass.offer(OparlType.CONSULTATION, key, consultation, since);
                consultationsByCase
                        .computeIfAbsent(caseNumber, k -> new ArrayList<>())
                        .add(stamped);
                firstTitleByCase.putIfAbsent(caseNumber, item.title());
                agendaItem.put("consultation", stamped.get("id").asText());
            }
            // A closed item's content never goes out, whatever the document holds: defence in depth.
            if (!item.closed()) {
                if (item.outcome() != null) {
                    agendaItem.put("result", item.outcome().label());
                }
                if (item.decision() != null && !item.decision().isBlank()) {
                    agendaItem.put("resolutionText", plainText(item.decision()));
                }
                ArrayNode files = json.createArrayNode();
                for (MeetingDocument.Attachment attachment : item.attachments()) {
                    if (attachment.closed() || attachment.url() == null) {
                        continue;
                    }
                    long appendixId = Long.parseLong(
                            attachment.url().substring(attachment.url().lastIndexOf('/') + 1));
                    ItemView.AppendixView appendix = appendices.get(appendixId);
                    if (appendix == null || appendix.closed()) {
                        continue;
                    }
                    String fileKey = "appendix-" + meeting.id() + "-" + appendixId;
                    files.add(pass.offer(
                            OparlType.FILE,
                            fileKey,
                            appendixFile(appendix, fileKey, attachment.url(), meetingUrl, itemUrl),
                            since));
                }
                if (!files.isEmpty()) {
                    agendaItem.set("auxiliaryFile", files);
                }
            }
            agendaItem.put("web", links.publicLinks().meeting(meeting.id()));
            agendaItems.add(pass.offer(OparlType.AGENDA_ITEM, key, agendaItem, since));
        }
        node.put("web", links.publicLinks().meeting(meeting.id()));
        pass.offer(OparlType.MEETING, String.valueOf(meeting.id()), node, since);
    }

    private record FileObject(ObjectNode node, Instant since) {}

    /**
     * The agenda as sent out: the newest frozen agenda version (with its corrections), else, before the minutes,
     * the current public document, which is then the agenda.
     */
    private Optional<FileObject> invitation(MeetingView meeting, MeetingDocument document) {
        List<DocumentVersionView> agendas = versions.findByMeeting(meeting.id()).stream()
                .filter(version -> version.kind() == VersionKind.AGENDA)
                .toList();
        if (!agendas.isEmpty()) {
            DocumentVersionView latest = agendas.get(agendas.size() - 1);
            String url = links.publicLinks().meeting(meeting.id()) + "/versioner/" + latest.number() + "/dokument.pdf";
            return Optional.of(new FileObject(
                    pdfFile(
                            "agenda-" + meeting.id(),
                            latest.label(),
                            MeetingDocument.Kind.DAGSORDEN,
                            document,
                            url,
                            latest.createdAt()),
                    latest.createdAt()));
        }
        if (meeting.state() == MeetingState.REFERAT_GODKENDT) {
            return Optional.empty();
        }
        return Optional.of(new FileObject(
                pdfFile(
                        "agenda-" + meeting.id(),
                        "Dagsorden",
                        MeetingDocument.Kind.DAGSORDEN,
                        document,
                        links.publicLinks().meetingPdf(meeting.id()),
                        meeting.agendaPublishedAt()),
                meeting.agendaPublishedAt()));
    }

    /** The approved minutes: the current public document, which shows the newest correction. */
    private Optional<FileObject> resultsProtocol(MeetingView meeting, MeetingDocument document) {
        if (meeting.state() != MeetingState.REFERAT_GODKENDT) {
            return Optional.empty();
        }
        Instant approved = versions.findByMeeting(meeting.id()).stream()
                .filter(version -> version.kind() == VersionKind.MINUTES)
                .map(DocumentVersionView::createdAt)
                .max(Comparator.naturalOrder())
                .orElse(meeting.minutesApprovedAt());
        return Optional.of(new FileObject(
                pdfFile(
                        "minutes-" + meeting.id(),
                        "Referat",
                        MeetingDocument.Kind.REFERAT,
                        document,
                        links.publicLinks().meetingPdf(meeting.id()),
                        approved),
                meeting.minutesApprovedAt()));
    }

    /**
     * A generated PDF. Its size is left out: it is rendered on request (and cached), and rendering every document
     * to fill a list would cost more than the field is worth. The address serves it inline, as accessUrl asks.
     */
    private ObjectNode pdfFile(
            String key, String name, MeetingDocument.Kind kind, MeetingDocument document, String url, Instant date) {
        ObjectNode file = object(OparlType.FILE, key);
        file.put("name", name);
        file.put("fileName", document.fileName(kind, "", "pdf"));
        file.put("mimeType", "application/pdf");
        if (date != null) {
            file.put("date", date.atZone(OparlTimes.DANISH).toLocalDate().toString());
        }
        file.put("accessUrl", url);
        file.putArray("meeting").add(links.object(OparlType.MEETING, String.valueOf(document.id())));
        return file;
    }

    /**
     * An open appendix, served by the items module's {@code /bilag/{id}}, which checks access itself (open appendices
     * of published meetings are public). PDFs and images open inline there; other types are sent as attachments, so
     * their address is also the downloadUrl.
     */
    private ObjectNode appendixFile(
            ItemView.AppendixView appendix, String key, String url, String meetingUrl, String itemUrl) {
        ObjectNode file = object(OparlType.FILE, key);
        file.put("name", appendix.name());
        file.put("fileName", appendix.name());
        String type = appendix.contentType() == null ? "application/octet-stream" : appendix.contentType();
        file.put("mimeType", type);
        file.put("size", appendix.size());
        file.put("accessUrl", url);
        if (!type.equals("application/pdf") && !type.startsWith("image/")) {
            file.put("downloadUrl", url);
        }
        file.putArray("meeting").add(meetingUrl);
        file.putArray("agendaItem").add(itemUrl);
        return file;
    }

    private ObjectNode paper(String caseNumber, String title, List<ObjectNode> consultations) {
        ObjectNode paper = object(OparlType.PAPER, caseNumber);
        paper.put("body", links.body());
        paper.put("name", title);
        paper.put("reference", caseNumber);
        paper.put("paperType", "Sag");
        ArrayNode embedded = paper.putArray("consultation");
        consultations.forEach(embedded::add);
        return paper;
    }

    /** The decision's sanitised HTML as plain text: paragraphs and list items on their own lines. */
    static String plainText(String html) {
        String text = html.replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)</(p|li|h3|h4|tr)>", "\n")
                .replaceAll("<[^>]*>", "");
        return HtmlUtils.htmlUnescape(text).replaceAll("\n{2,}", "\n").strip();
    }

    private static String roleLabel(MemberRole role) {
        return switch (role) {
            case CHAIR -> "Formand";
            case MEMBER -> "Medlem";
            case SECRETARY -> "Sekretær";
        };
    }

    private static String kindLabel(CommitteeView committee) {
        return switch (committee.kind()) {
            case POLITICAL -> "Politisk udvalg";
            case ADMINISTRATIVE -> "Administrativt udvalg";
            case MANAGEMENT_FORUM -> "Ledelsesforum";
        };
    }

    private static String stateLabel(MeetingState state) {
        return switch (state) {
            case PLANLAGT -> "Planlagt";
            case DAGSORDEN_UDSENDT -> "Dagsorden udsendt";
            case AFHOLDT -> "Afholdt";
            case REFERAT_GODKENDT -> "Referat godkendt";
        };
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }
}
