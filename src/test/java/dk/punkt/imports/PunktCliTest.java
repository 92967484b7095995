package dk.punkt.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.punkt.publishing.MeetingDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dry run of the command line: JSON on stdout, errors on stderr, no database. */
class PunktCliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return PunktCli.execute(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                springArgs -> {
                    throw new AssertionError("a dry run must not start the application");
                });
    }

    private Path corpusFile(String name) throws IOException {
        Path file = dir.resolve(name + ".txt");
        Files.write(file, CorpusFiles.bytes(name));
        return file;
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void dryRunJsonPrintsExactlyOneDocumentForOneFile() throws IOException {
        Path file = corpusFile("chefforum-2024-06-06");

        int exit = run("import", "--dry-run", "--json", file.toString());

        assertThat(exit).as(stderr()).isZero();
        JsonNode json = CorpusFiles.JSON.readTree(stdout());
        assertThat(json.isObject()).isTrue();
        assertThat(json.has("id")).isFalse();
        assertThat(json.has("state")).isFalse();
        assertThat(json.get("committee").asText()).isEqualTo("Chefforum");
        assertThat(json.get("date").asText()).isEqualTo("2024-06-06");
        assertThat(json.get("startTime").asText()).isEqualTo("09:00");
        assertThat(json.get("timetable").get(1).get("start").asText()).isEqualTo("09:00");
        assertThat(json.get("items")).hasSize(9);
        MeetingDocument document = CorpusFiles.JSON.treeToValue(json, MeetingDocument.class);
        CorpusParsingTest.assertSameFields(
                document, CorpusFiles.reference("chefforum-2024-06-06"), "chefforum-2024-06-06");
    }

    @Test
    void dryRunJsonPrintsAnArrayForSeveralFilesAndTheCommitteeCanBeGiven() throws IOException {
        int exit = run(
                "import",
                "--dry-run",
                "--json",
                "--committee",
                "Direktørforum",
                corpusFile("chefforum-2019-10-24").toString(),
                corpusFile("chefforum-2025-02-12").toString());

        assertThat(exit).as(stderr()).isZero();
        JsonNode json = CorpusFiles.JSON.readTree(stdout());
        assertThat(json.isArray()).isTrue();
        assertThat(json).hasSize(2);
        assertThat(json.get(1).get("committee").asText()).isEqualTo("Direktørforum");
        assertThat(json.get(1).get("participants")).hasSize(9);
    }

    @Test
    void aBadFileIsOneLineOnStderrAndTheOthersStillParse() throws IOException {
        Path bad = dir.resolve("empty.txt");
        Files.write(bad, new byte[0]);
        Path missing = dir.resolve("missing.txt");

        int exit =
                run("import", "-n", corpusFile("chefforum-2025-02-12").toString(), bad.toString(), missing.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(stderr().lines()).containsExactly(bad + ": is empty", missing + ": cannot be read: no such file");
        assertThat(stdout())
                .contains("chefforum-2025-02-12.txt: REFERAT Chefforum 2025-02-12, 5 items (dry run, nothing written)");
    }

    @Test
    void manyFilesGetAProgressLineWithCountRateAndFailures() throws IOException {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("import", "--dry-run"));
        for (int i = 0; i < 11; i++) {
            Path copy = dir.resolve("copy-" + i + ".txt");
            Files.write(copy, CorpusFiles.bytes("chefforum-2019-10-24"));
            args.add(copy.toString());
        }
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "hello");
        args.add(bad.toString());

        assertThat(run(args.toArray(String[]::new))).isEqualTo(1);

        assertThat(stderr().lines().toList())
                .contains(bad + ": line 1: expected a title like 'REFERAT Chefforum d. 06-06-2024' or 'DAGSORDEN …',"
                        + " found 'hello'")
                .anyMatch(line -> line.matches("12/12 files, [0-9.,]+ files/s, 1 failed, 0 unchanged"));
    }

    @Test
    void aWordDocumentDryRunsLikeItsText() throws IOException {
        Path docx = dir.resolve("chefforum-2025-02-12.docx");
        Files.write(docx, DocxParsingTest.toDocx(CorpusFiles.text("chefforum-2025-02-12"), "Heading"));

        assertThat(run("import", "--dry-run", "--json", docx.toString()))
                .as(stderr())
                .isZero();

        MeetingDocument document = CorpusFiles.JSON.readValue(stdout(), MeetingDocument.class);
        CorpusParsingTest.assertSameFields(
                document, CorpusParsingTest.parse("chefforum-2025-02-12"), "chefforum-2025-02-12");
    }

    @Test
    void unknownOptionsAreAUsageError() {
        assertThat(run("import", "--dry-run", "--frobnicate", "x.txt")).isEqualTo(2);
        assertThat(stderr()).contains("Unknown option: '--frobnicate'");
    }
}
