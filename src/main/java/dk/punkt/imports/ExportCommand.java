package dk.punkt.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.punkt.committees.Audience;
import dk.punkt.publishing.MeetingDocument;
import dk.punkt.publishing.MeetingDocumentService;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * {@code export --json MEETING_ID}: the meeting's document in the DESIGN.md §3 shape, the same shape the import
 * reads, so import → export round-trips.
 */
@CommandLine.Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Prints a meeting as its JSON document (with closed content: run by an operator).")
final class ExportCommand implements Callable<Integer> {

    /**
     * The command line is run by whoever operates the server and can read the database anyway, so the export is
     * complete: closed items and appendices included (marked {@code "closed": true}).
     */
    static final Audience OPERATOR = new Audience(Optional.empty(), true);

    @CommandLine.Option(names = "--json", description = "JSON output (the only format so far; the default).")
    boolean json = true;

    @CommandLine.Parameters(index = "0", paramLabel = "MEETING_ID", description = "The meeting's id.")
    long meetingId;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final MeetingDocumentService documents;
    private final ObjectMapper mapper;

    ExportCommand(MeetingDocumentService documents, ObjectMapper mapper) {
        this.documents = documents;
        this.mapper = mapper;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        if (documents == null) {
            spec.commandLine().getErr().println("export: no database available");
            return 3;
        }
        Optional<MeetingDocument> document = documents.forMeeting(meetingId, OPERATOR);
        if (document.isEmpty()) {
            spec.commandLine().getErr().println("export: meeting " + meetingId + " does not exist");
            spec.commandLine().getErr().flush();
            return 1;
        }
        spec.commandLine().getOut().println(mapper.writeValueAsString(document.get()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
