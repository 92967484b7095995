package dk.punkt.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.punkt.publishing.MeetingDocument;
import dk.punkt.publishing.MeetingDocumentService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** {@code import [--dry-run] [--json] [--committee NAME] FILE…}: each file all or nothing, bad files reported. */
@CommandLine.Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Imports agendas and minutes (.txt, .md, .docx) as meetings. Exit code 1 if any file failed.")
final class ImportCommand implements Callable<Integer> {

    /** A progress line at most this often (and after the last file) when there are many files. */
    private static final long PROGRESS_EVERY_MILLIS = 2_000;

    private static final int PROGRESS_FROM_FILES = 10;

    /**
     * Files written in one transaction ({@link BulkImport}); a failure among them rolls that transaction back and
     * the files are imported one by one, so each file is still all or nothing.
     */
    private static final int FILES_PER_TRANSACTION = 50;

    @CommandLine.Option(
            names = {"-n", "--dry-run"},
            description = "Parse only; write nothing.")
    boolean dryRun;

    @CommandLine.Option(
            names = "--json",
            description = "Print the meeting document(s) as JSON: one object for one file, an array for several.")
    boolean json;

    @CommandLine.Option(
            names = "--committee",
            paramLabel = "NAME",
            description = "The committee's name, instead of the one in the document's title.")
    String committee;

    @CommandLine.Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import.")
    List<Path> files;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final ImportService importer;
    private final MeetingDocumentService documents;
    private final ObjectMapper mapper;
    private final MinutesTextParser parser = new MinutesTextParser();

    ImportCommand(ImportService importer, MeetingDocumentService documents, ObjectMapper mapper) {
        this.importer = importer;
        this.documents = documents;
        this.mapper = mapper;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!dryRun && importer == null) {
            err.println("import: no database available; use --dry-run to parse only");
            return 3;
        }
        Tally tally = new Tally(out, err);
        // Batches are written overlapped (BulkImport); their results come back in order, on this thread. All files'
        // meetings are searchable when the bulk import closes.
        try (BulkImport bulk = dryRun ? null : importer.bulk()) {
            for (int from = 0; from < files.size(); from += FILES_PER_TRANSACTION) {
                List<Path> batch = files.subList(from, Math.min(files.size(), from + FILES_PER_TRANSACTION));
                List<ImportService.SourceFile> readable = new ArrayList<>();
                for (Path path : batch) {
                    String name = path.toString();
                    try {
                        byte[] content = read(path);
                        if (dryRun) {
                            tally.parsed(name, content);
                        } else {
                            readable.add(new ImportService.SourceFile(name, content));
                        }
                    } catch (ImportException e) {
                        tally.failed(e.getMessage());
                    } catch (RuntimeException e) {
                        tally.failed(name + ": " + e);
                    }
                }
                if (!readable.isEmpty()) {
                    bulk.importFiles(readable, committee, tally::imported);
                }
            }
        } catch (IllegalStateException searchFailed) {
            // The files are written; only their search entries are missing.
            tally.problem("import: " + searchFailed.getMessage());
        }
        if (json) {
            List<MeetingDocument> results = tally.results;
            Object value = results.size() == 1 && files.size() == 1 ? results.get(0) : results;
            out.println(mapper.writeValueAsString(value));
        }
        out.flush();
        err.flush();
        return tally.failed == 0 ? 0 : 1;
    }

    /** What became of the files so far: lines for the user, counts for the progress line and the exit code. */
    private final class Tally {

        private final PrintWriter out;
        private final PrintWriter err;
        /** The documents parsed (dry run) or imported, for --json. */
        private final List<MeetingDocument> results = new ArrayList<>();

        private final long started = System.nanoTime();
        private long lastProgress = started;
        private int done;
        private int failed;
        private int unchanged;

        Tally(PrintWriter out, PrintWriter err) {
            this.out = out;
            this.err = err;
        }

        void parsed(String name, byte[] content) {
            MeetingDocument document = parser.parse(name, content);
            if (committee != null && !committee.isBlank()) {
                document = ImportService.withCommittee(document, committee.strip());
            }
            results.add(document);
            if (!json) {
                out.println(name + ": " + summary(document));
            }
            counted();
        }

        void failed(String line) {
            problem(line);
            counted();
        }

        /** A failure that is not one file's: the exit code says so, the file count does not change. */
        void problem(String line) {
            failed++;
            err.println(line);
        }

        void imported(List<ImportService.Result> results) {
            for (ImportService.Result result : results) {
                if (result.failed()) {
                    failed(result.failure().getMessage());
                    continue;
                }
                ImportService.Outcome outcome = result.outcome();
                if (outcome.alreadyImported()) {
                    unchanged++;
                }
                if (json) {
                    documents
                            .forMeeting(outcome.meetingId(), ExportCommand.OPERATOR)
                            .ifPresent(this.results::add);
                } else {
                    out.println(result.file() + ": "
                            + (outcome.alreadyImported()
                                    ? "already imported as meeting " + outcome.meetingId() + " (unchanged)"
                                    : "imported as meeting " + outcome.meetingId() + " with " + outcome.items()
                                            + " items"));
                }
                counted();
            }
        }

        private void counted() {
            done++;
            long now = System.nanoTime();
            if (files.size() >= PROGRESS_FROM_FILES
                    && (done == files.size() || now - lastProgress > PROGRESS_EVERY_MILLIS * 1_000_000)) {
                lastProgress = now;
                double seconds = Math.max(1e-9, (now - started) / 1e9);
                err.printf(
                        "%d/%d files, %.1f files/s, %d failed, %d unchanged%n",
                        done, files.size(), done / seconds, failed, unchanged);
            }
        }
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new ImportException(path.toString(), null, "cannot be read: " + describe(e));
        }
    }

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName();
        return switch (kind) {
            case "NoSuchFileException" -> "no such file";
            case "AccessDeniedException" -> "permission denied";
            default -> Optional.ofNullable(e.getMessage()).orElse(kind);
        };
    }

    private static String summary(MeetingDocument document) {
        return "%s %s %s, %d items (dry run, nothing written)"
                .formatted(
                        document.kind(),
                        document.committee(),
                        document.date(),
                        document.items().size());
    }
}
