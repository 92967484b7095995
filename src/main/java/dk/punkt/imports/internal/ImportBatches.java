package dk.punkt.imports.internal;

import dk.punkt.imports.ImportException;
import dk.punkt.imports.ImportService;
import dk.punkt.imports.MinutesTextParser;
import dk.punkt.publishing.MeetingDocument;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Files uploaded for import, from the preview to the finished import. A batch belongs to the user who uploaded it
 * and lives in memory for two hours: the preview is a step in one sitting, and the database only ever sees what was
 * confirmed. Confirmed batches are imported one file after the other on a background thread, each file in its own
 * transaction through {@link ImportService}, as the command line does.
 */
@Component
public class ImportBatches {

    static final Duration LIFETIME = Duration.ofHours(2);

    private static final Logger log = LoggerFactory.getLogger(ImportBatches.class);

    public enum Status {
        /** Parsed; waits for the user's confirmation. */
        READY,
        /** Cannot be parsed; will not be imported. */
        REFUSED,
        WAITING,
        IMPORTING,
        IMPORTED,
        /** The same content was imported before; nothing new was written. */
        UNCHANGED,
        FAILED
    }

    /** One uploaded file: its text form for the preview, what the parser made of it, and how its import went. */
    public static final class PendingFile {
        final String name;
        final byte[] content;
        final String text;
        final MeetingDocument document;
        final String error;
        volatile Status status;
        volatile Long meetingId;
        volatile String failure;

        PendingFile(String name, byte[] content, String text, MeetingDocument document, String error) {
            this.name = name;
            this.content = content;
            this.text = text;
            this.document = document;
            this.error = error;
            this.status = error == null ? Status.READY : Status.REFUSED;
        }

        public String name() {
            return name;
        }

        public String text() {
            return text;
        }

        public MeetingDocument document() {
            return document;
        }

        public String error() {
            return error;
        }

        public Status status() {
            return status;
        }

        public Long meetingId() {
            return meetingId;
        }

        public String failure() {
            return failure;
        }
    }

    record Upload(String name, byte[] content) {}

    public static final class Batch {
        final String id;
        final String owner;
        final Instant created;
        final List<PendingFile> files;
        volatile boolean started;
        volatile String committee;

        Batch(String id, String owner, Instant created, List<PendingFile> files) {
            this.id = id;
            this.owner = owner;
            this.created = created;
            this.files = List.copyOf(files);
        }

        public String id() {
            return id;
        }

        public List<PendingFile> files() {
            return files;
        }

        public boolean started() {
            return started;
        }

        public String committee() {
            return committee;
        }

        public boolean finished() {
            return started && files.stream().noneMatch(f -> f.status == Status.WAITING || f.status == Status.IMPORTING);
        }

        public long count(Status status) {
            return files.stream().filter(f -> f.status == status).count();
        }

        public long importable() {
            return files.stream().filter(f -> f.error == null).count();
        }
    }

    private final Map<String, Batch> batches = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "punkt-import");
        thread.setDaemon(true);
        return thread;
    });
    private final MinutesTextParser parser = new MinutesTextParser();
    private final ImportService importer;
    private final Clock clock;

    ImportBatches(ImportService importer, Clock clock) {
        this.importer = importer;
        this.clock = clock;
    }

    /** Parses every upload (nothing is written) and keeps them as a batch for the preview. */
    Batch prepare(String owner, List<Upload> uploads) {
        forgetOld();
        List<PendingFile> files = new ArrayList<>();
        for (Upload upload : uploads) {
            files.add(parse(upload));
        }
        Batch batch = new Batch(UUID.randomUUID().toString(), owner, clock.instant(), files);
        batches.put(batch.id, batch);
        return batch;
    }

    private PendingFile parse(Upload upload) {
        String text = null;
        try {
            text = parser.textForm(upload.name(), upload.content());
            MeetingDocument document = parser.parse(upload.name(), text);
            return new PendingFile(upload.name(), upload.content(), text, document, null);
        } catch (ImportException e) {
            return new PendingFile(upload.name(), upload.content(), text, null, e.getMessage());
        }
    }

    /** The batch, if it exists and belongs to this user. */
    Optional<Batch> find(String id, String owner) {
        Batch batch = batches.get(id);
        return batch != null && batch.owner.equals(owner) ? Optional.of(batch) : Optional.empty();
    }

    /**
     * Starts importing the batch's parsable files in the background, under the confirming user's name (audit).
     *
     * @param committee the committee's name for every file, or blank to take each document's own
     * @return false if the batch was already started
     */
    synchronized boolean start(Batch batch, String committee) {
        if (batch.started) {
            return false;
        }
        batch.committee = committee == null || committee.isBlank() ? null : committee.strip();
        batch.files.stream().filter(f -> f.error == null).forEach(f -> f.status = Status.WAITING);
        batch.started = true;
        worker.execute(new DelegatingSecurityContextRunnable(() -> run(batch)));
        return true;
    }

    private void run(Batch batch) {
        for (PendingFile file : batch.files) {
            if (file.status != Status.WAITING) {
                continue;
            }
            file.status = Status.IMPORTING;
            try {
                ImportService.Outcome outcome = importer.importFile(file.name, file.content, batch.committee);
                file.meetingId = outcome.meetingId();
                file.status = outcome.alreadyImported() ? Status.UNCHANGED : Status.IMPORTED;
            } catch (RuntimeException e) {
                // ImportException names the file and the line; anything else is still reported, never lost.
                file.failure = e instanceof ImportException ? e.getMessage() : file.name + ": " + e.getMessage();
                file.status = Status.FAILED;
                log.info("Import of {} failed: {}", file.name, file.failure);
            }
        }
    }

    private void forgetOld() {
        Instant cutoff = clock.instant().minus(LIFETIME);
        batches.values().removeIf(batch -> batch.created.isBefore(cutoff) && (!batch.started || batch.finished()));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
