package dk.punkt.imports;

import dk.punkt.audit.BulkAudit;
import dk.punkt.committees.CommitteeKind;
import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.committees.NewCommittee;
import dk.punkt.imports.internal.ImportSource;
import dk.punkt.imports.internal.ImportSourceRepository;
import dk.punkt.items.ImportedAppendix;
import dk.punkt.items.ItemService;
import dk.punkt.items.ItemType;
import dk.punkt.items.ItemView;
import dk.punkt.items.NewItem;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingState;
import dk.punkt.meetings.MeetingView;
import dk.punkt.meetings.NewMeeting;
import dk.punkt.minutes.DecisionService;
import dk.punkt.minutes.DecisionView;
import dk.punkt.minutes.ImportedDecision;
import dk.punkt.publishing.DocumentVersionService;
import dk.punkt.publishing.MeetingDocument;
import dk.punkt.publishing.WrittenMeeting;
import dk.punkt.search.SearchIndexer;
import dk.punkt.support.PlannerStatistics;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one source file as a meeting through the public services, in one transaction: the meeting, its items
 * with sections, recommendations, appendices and decisions, walked through the lifecycle to
 * {@code REFERAT_GODKENDT} (minutes) or {@code DAGSORDEN_UDSENDT} (agenda). A file whose content was imported
 * before (same SHA-256) is not imported again.
 */
@Service
public class ImportService {

    /** What became of one file. */
    public record Outcome(String file, long meetingId, int items, boolean alreadyImported) {}

    /** Files of a batch written per flush: about 100 rows each, so 10 fill Hibernate's JDBC batches of 50. */
    static final int FILES_PER_FLUSH = 10;

    private final MinutesTextParser parser = new MinutesTextParser();
    private final ImportSourceRepository sources;
    private final CommitteeService committees;
    private final MeetingService meetings;
    private final ItemService items;
    private final DecisionService decisions;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final EntityManager entityManager;
    private final SearchIndexer search;
    private final DocumentVersionService versionService;
    private final PlannerStatistics statistics;
    private final BulkAudit audit;
    private final int writers;

    ImportService(
            ImportSourceRepository sources,
            CommitteeService committees,
            MeetingService meetings,
            ItemService items,
            DecisionService decisions,
            TransactionTemplate transaction,
            Clock clock,
            EntityManager entityManager,
            SearchIndexer search,
            DocumentVersionService versionService,
            PlannerStatistics statistics,
            BulkAudit audit,
            @Value("${punkt.import.writers:0}") int writers) {
        this.sources = sources;
        this.committees = committees;
        this.meetings = meetings;
        this.items = items;
        this.decisions = decisions;
        this.transaction = transaction;
        this.clock = clock;
        this.entityManager = entityManager;
        this.search = search;
        this.versionService = versionService;
        this.statistics = statistics;
        this.audit = audit;
        this.writers = writers;
    }

    /** The meeting a file with this content was imported as, if it was. */
    public Optional<Long> importedMeeting(byte[] content) {
        return sources.findBySha256(sha256(content)).map(ImportSource::meetingId);
    }

    /**
     * Parses and imports one file; nothing is written when it fails.
     *
     * @param committee the committee's name, or null to take it from the document's title
     * @throws ImportException naming the file and the line or item at fault
     */
    public Outcome importFile(String file, byte[] content, String committee) {
        // The meeting's search entries are rebuilt once, when it is written (not per event and decision).
        Outcome outcome = search.rebuildingOnceAfter(() -> importOne(file, content, committee));
        statistics.written(outcome.alreadyImported() ? 0 : 1);
        return outcome;
    }

    private Outcome importOne(String file, byte[] content, String committee) {
        String hash = sha256(content);
        Optional<ImportSource> earlier = sources.findBySha256(hash);
        if (earlier.isPresent()) {
            return new Outcome(file, earlier.get().meetingId(), 0, true);
        }
        MeetingDocument document = parser.parse(file, content);
        if (committee != null && !committee.isBlank()) {
            document = withCommittee(document, committee.strip());
        }
        MeetingDocument parsed = document;
        try {
            // An imported meeting is a few hundred audited rows: their audit trail is written set-based.
            return audit.call(() -> transaction.execute(status -> {
                long meetingId = createImported(file, parsed, new HashMap<>()).meetingId();
                sources.saveAndFlush(new ImportSource(hash, file, meetingId, clock.instant()));
                return new Outcome(file, meetingId, parsed.items().size(), false);
            }));
        } catch (DataIntegrityViolationException raced) {
            // The same content imported at the same moment by another run: that run's meeting stands.
            return sources.findBySha256(hash)
                    .map(source -> new Outcome(file, source.meetingId(), 0, true))
                    .orElseThrow(() -> new ImportException(file, null, "cannot be stored: " + raced.getMessage()));
        }
    }

    /** One source file to import: its name (for messages) and its bytes. */
    public record SourceFile(String file, byte[] content) {}

    /** What became of one file of a batch: an outcome, or the failure that left nothing written for it. */
    public record Result(String file, Outcome outcome, ImportException failure) {
        public boolean failed() {
            return failure != null;
        }
    }

    /**
     * Imports several files, each all or nothing, as {@link #importFile} does each one, but faster: the files are
     * parsed in parallel, and those that parsed are written together in one transaction (one commit, one audit
     * revision). If anything in that transaction fails, it is rolled back and the files are imported again one by
     * one, each in its own transaction, so a bad file still writes nothing and the others are still imported.
     * Results are in the order of {@code files}.
     *
     * @param committee the committee's name for every file, or null to take it from each document's title
     */
    public List<Result> importFiles(List<SourceFile> files, String committee) {
        // The batch's meetings are rebuilt for search together when it is written, in one transaction instead of
        // one per meeting event and decision; they are searchable when this returns.
        List<Result> results = search.rebuildingOnceAfter(() -> importBatch(files, committee, true));
        countWritten(results);
        return results;
    }

    /**
     * A run of many batches (the command line's), written faster than by calling {@link #importFiles} for each: see
     * {@link BulkImport}. Close it to wait for the last batches.
     */
    public BulkImport bulk() {
        return new BulkImport(this, search, writers());
    }

    /** Batch transactions a bulk import writes at once: see {@code punkt.import.writers}. */
    private int writers() {
        if (writers > 0) {
            return writers;
        }
        // PostgreSQL works on a batch's statements while the JVM prepares the other batch's; H2 runs in the JVM,
        // whose two cores a second writer would only share.
        return statistics.isPostgres() ? 2 : 1;
    }

    void countWritten(List<Result> results) {
        statistics.written(results.stream()
                .filter(result -> !result.failed() && !result.outcome().alreadyImported())
                .count());
    }

    /**
     * Writes a batch in one transaction. If it fails: with {@code oneByOneOnFailure}, the files are imported one by
     * one to find the one at fault (see {@link #importFiles}); without, null is returned (nothing was written).
     */
    List<Result> importBatch(List<SourceFile> files, String committee, boolean oneByOneOnFailure) {
        String override = committee == null || committee.isBlank() ? null : committee.strip();
        List<String> hashes = files.stream().map(f -> sha256(f.content())).toList();
        Map<String, Long> earlier = new HashMap<>();
        if (!hashes.isEmpty()) {
            sources.findBySha256In(Set.copyOf(hashes))
                    .forEach(source -> earlier.put(source.sha256(), source.meetingId()));
        }
        Result[] results = new Result[files.size()];
        List<Integer> toWrite = new ArrayList<>();
        Map<String, Integer> firstOfHash = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            String file = files.get(i).file();
            if (earlier.containsKey(hashes.get(i))) {
                results[i] = new Result(file, new Outcome(file, earlier.get(hashes.get(i)), 0, true), null);
            } else if (firstOfHash.putIfAbsent(hashes.get(i), i) == null) {
                toWrite.add(i);
            }
        }
        // Parsing is pure: another thread parses the files ahead while this one writes them (it parses a file
        // itself if it gets there first), so the writing starts at once instead of after the whole batch parsed.
        ParseAhead parsed = new ParseAhead(
                files.size(),
                toWrite,
                i -> {
                    try {
                        MeetingDocument document =
                                parser.parse(files.get(i).file(), files.get(i).content());
                        return override == null ? document : withCommittee(document, override);
                    } catch (ImportException e) {
                        return e;
                    }
                },
                ForkJoinPool.commonPool());
        Set<Integer> unparsable = new HashSet<>();
        try {
            audit.run(() -> transaction.executeWithoutResult(status -> {
                Map<String, CommitteeView> committeesSeen = new HashMap<>();
                List<WrittenMeeting> meetingsWritten = new ArrayList<>();
                int written = 0;
                for (int i : toWrite) {
                    String file = files.get(i).file();
                    Object parsedFile = parsed.get(i);
                    if (parsedFile instanceof ImportException e) {
                        results[i] = new Result(file, null, e);
                        unparsable.add(i);
                        continue;
                    }
                    MeetingDocument document = (MeetingDocument) parsedFile;
                    WrittenMeeting meeting = createImported(file, document, committeesSeen);
                    long meetingId = meeting.meetingId();
                    meetingsWritten.add(meeting);
                    sources.save(new ImportSource(hashes.get(i), file, meetingId, clock.instant()));
                    results[i] = new Result(
                            file, new Outcome(file, meetingId, document.items().size(), false), null);
                    // Written every few files, so each table's rows go in fuller JDBC batches (round trips to the
                    // database server); then forgotten, so the session stays small over a long batch.
                    if (++written % FILES_PER_FLUSH == 0) {
                        entityManager.flush();
                        entityManager.clear();
                    }
                }
                // The batch's meetings are complete: their documents, frozen as the transaction commits, are
                // assembled all together, from what was written rather than read back.
                versionService.assembleAhead(meetingsWritten);
            }));
        } catch (RuntimeException batchFailed) {
            if (!oneByOneOnFailure) {
                return null;
            }
            // Nothing of the batch was written: find the file at fault by importing them one by one.
            for (int i : toWrite) {
                if (unparsable.contains(i)) {
                    continue;
                }
                String file = files.get(i).file();
                try {
                    results[i] = new Result(file, importFile(file, files.get(i).content(), override), null);
                } catch (ImportException e) {
                    results[i] = new Result(file, null, e);
                } catch (RuntimeException e) {
                    results[i] = new Result(file, null, new ImportException(file, null, e.toString(), e));
                }
            }
        }
        // A second file with the same content as one written in this batch: that meeting stands.
        for (int i = 0; i < files.size(); i++) {
            if (results[i] == null) {
                String file = files.get(i).file();
                Result first = results[firstOfHash.get(hashes.get(i))];
                results[i] = first.failed()
                        ? new Result(
                                file,
                                null,
                                new ImportException(
                                        file,
                                        first.failure().line(),
                                        first.failure().reason()))
                        : new Result(file, new Outcome(file, first.outcome().meetingId(), 0, true), null);
            }
        }
        return List.of(results);
    }

    /**
     * The import's own way to create a meeting: items straight in their final state with one insert each
     * ({@code ItemService.createImported}), the decisions, then the meeting to its final state in one step
     * ({@code MeetingService.completeImported}), which publishes only that state's event. Returns what was written,
     * for the freeze at the end of the batch.
     */
    private WrittenMeeting createImported(
            String file, MeetingDocument document, Map<String, CommitteeView> committeesSeen) {
        // A batch's files are usually one committee's: look it up (or create it) once per transaction.
        CommitteeView committee = committeesSeen.computeIfAbsent(document.committee(), name -> committeeFor(document));
        long meetingId = planImported(file, committee, document);
        boolean minutes = document.kind() == MeetingDocument.Kind.REFERAT;
        List<ItemView> written = new ArrayList<>();
        for (MeetingDocument.Item item : document.items()) {
            try {
                written.add(items.createImported(
                        newItem(committee, meetingId, item),
                        meetingId,
                        item.attachments().stream()
                                .map(a -> new ImportedAppendix(a.name(), a.closed(), contentTypeOf(a.name())))
                                .toList(),
                        minutes));
            } catch (IllegalArgumentException e) {
                throw new ImportException(
                        file, null, "item " + item.number() + " '" + item.title() + "': " + e.getMessage(), e);
            }
        }
        List<Long> itemIds = written.stream().map(ItemView::id).toList();
        Map<Long, DecisionView> decided = Map.of();
        if (minutes) {
            List<ImportedDecision> decisionsOfItems = new ArrayList<>();
            for (int i = 0; i < itemIds.size(); i++) {
                MeetingDocument.Item item = document.items().get(i);
                if (item.decision() != null) {
                    decisionsOfItems.add(new ImportedDecision(itemIds.get(i), item.decision(), item.outcome()));
                }
            }
            decided = decisions.recordImported(meetingId, decisionsOfItems);
        }
        meetings.completeImported(
                meetingId,
                agendaRows(document, itemIds),
                minutes ? MeetingState.REFERAT_GODKENDT : MeetingState.DAGSORDEN_UDSENDT);
        return new WrittenMeeting(meetingId, written, decided);
    }

    /**
     * Creates a meeting from a finished document that is not a source file (the demo): not recorded for re-import,
     * and minutes are left held but not approved when {@code approveMinutes} is false. Runs in the caller's
     * transaction.
     */
    public long createMeeting(String source, MeetingDocument document, boolean approveMinutes) {
        return create(source, document, approveMinutes);
    }

    private CommitteeView committeeFor(MeetingDocument document) {
        return committees
                .findByName(document.committee())
                .orElseGet(() -> committees.create(new NewCommittee(
                        document.committee(),
                        kindOf(document.committee()),
                        document.location(),
                        document.startTime(),
                        null,
                        List.of())));
    }

    private MeetingView plan(String file, CommitteeView committee, MeetingDocument document) {
        try {
            return meetings.plan(newMeeting(committee, document));
        } catch (IllegalArgumentException e) {
            throw new ImportException(file, null, "the meeting cannot be created: " + e.getMessage(), e);
        }
    }

    /** As {@link #plan}, written together with the rest of the meeting by {@code completeImported}. */
    private long planImported(String file, CommitteeView committee, MeetingDocument document) {
        try {
            return meetings.planImported(newMeeting(committee, document), committee);
        } catch (IllegalArgumentException e) {
            throw new ImportException(file, null, "the meeting cannot be created: " + e.getMessage(), e);
        }
    }

    private static NewMeeting newMeeting(CommitteeView committee, MeetingDocument document) {
        return new NewMeeting(
                committee.id(),
                document.date(),
                document.startTime(),
                null,
                document.location(),
                attendees(document.participants()),
                attendees(document.absent()));
    }

    /** Step by step through every service transition, each with its event (the demo's meetings). */
    private long create(String file, MeetingDocument document, boolean approveMinutes) {
        CommitteeView committee = committeeFor(document);
        MeetingView meeting = plan(file, committee, document);
        List<Long> itemIds = new ArrayList<>();
        for (MeetingDocument.Item item : document.items()) {
            try {
                itemIds.add(createItem(committee, meeting, item));
            } catch (IllegalArgumentException e) {
                throw new ImportException(
                        file, null, "item " + item.number() + " '" + item.title() + "': " + e.getMessage(), e);
            }
        }
        meetings.setAgenda(meeting.id(), agendaRows(document, itemIds));
        itemIds.forEach(id -> items.placeOnAgenda(id, meeting.id()));
        meetings.publishAgenda(meeting.id());
        if (document.kind() == MeetingDocument.Kind.REFERAT) {
            for (int i = 0; i < itemIds.size(); i++) {
                MeetingDocument.Item item = document.items().get(i);
                if (item.decision() != null) {
                    decisions.record(itemIds.get(i), item.decision(), item.outcome());
                }
                items.markTreated(itemIds.get(i));
            }
            meetings.markHeld(meeting.id());
            if (approveMinutes) {
                meetings.approveMinutes(meeting.id());
            }
        }
        return meeting.id();
    }

    private long createItem(CommitteeView committee, MeetingView meeting, MeetingDocument.Item item) {
        ItemView created = items.createFromDocument(newItem(committee, meeting.id(), item));
        for (MeetingDocument.Attachment attachment : item.attachments()) {
            items.addAppendix(
                    created.id(), attachment.name(), attachment.closed(), contentTypeOf(attachment.name()), 0);
        }
        items.submit(created.id());
        items.approve(created.id());
        return created.id();
    }

    private static NewItem newItem(CommitteeView committee, long meetingId, MeetingDocument.Item item) {
        return new NewItem(
                committee.id(),
                meetingId,
                item.title(),
                item.caseNumber(),
                item.type() == null ? null : ItemType.fromLabel(item.type()),
                item.responsible(),
                item.minutes(),
                item.closed(),
                item.sections().stream()
                        .map(section -> new ItemView.Section(section.name(), section.text()))
                        .toList(),
                item.recommendation() == null
                        ? null
                        : new ItemView.Recommendation(
                                item.recommendation().by(),
                                item.recommendation().clauses()));
    }

    /** The items in order with the pauses of the document's timetable between them. */
    private static List<MeetingView.AgendaRow> agendaRows(MeetingDocument document, List<Long> itemIds) {
        if (document.timetable().isEmpty()) {
            return itemIds.stream().map(MeetingView.AgendaRow::item).toList();
        }
        List<MeetingView.AgendaRow> rows = new ArrayList<>();
        for (MeetingDocument.TimetableEntry entry : document.timetable()) {
            if ("PAUSE".equals(entry.kind())) {
                rows.add(MeetingView.AgendaRow.pause(entry.minutes()));
            } else if (entry.number() != null && entry.number() <= itemIds.size()) {
                rows.add(MeetingView.AgendaRow.item(itemIds.get(entry.number() - 1)));
            }
        }
        return rows;
    }

    /** A committee new to Punkt gets the kind its name suggests; an administrator can change it. */
    static CommitteeKind kindOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("forum")) {
            return CommitteeKind.MANAGEMENT_FORUM;
        }
        if (lower.contains("med")) {
            return CommitteeKind.ADMINISTRATIVE;
        }
        return CommitteeKind.POLITICAL;
    }

    static MeetingDocument withCommittee(MeetingDocument d, String committee) {
        return new MeetingDocument(
                d.id(),
                committee,
                d.kind(),
                d.state(),
                d.date(),
                d.startTime(),
                d.location(),
                d.participants(),
                d.absent(),
                d.timetable(),
                d.items());
    }

    private static List<MeetingView.Attendee> attendees(List<MeetingDocument.Person> people) {
        return people.stream()
                .map(p -> new MeetingView.Attendee(p.name(), p.title()))
                .toList();
    }

    private static String contentTypeOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        if (lower.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (lower.endsWith(".pptx")) {
            return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
        }
        // Legacy lists name appendices without an extension; most are PDF.
        return "application/pdf";
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
