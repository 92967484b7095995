package dk.punkt.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import dk.punkt.committees.Audience;
import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.items.AppendixService;
import dk.punkt.items.ItemService;
import dk.punkt.items.ItemView;
import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingView;
import dk.punkt.minutes.DecisionService;
import dk.punkt.minutes.Outcome;
import dk.punkt.publishing.internal.DocxRenderer;
import dk.punkt.publishing.internal.PdfRenderer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Benchmarks of issue 6, run only with {@code PUNKT_BENCH=1} (never timed assertions): (a) the PDF of a 20-item
 * minutes, warm, in process, beside LibreOffice converting Punkt's own DOCX of the same minutes; (b) the public
 * meeting page under 50 concurrent clients on loopback, beside nginx serving the same page saved as a file, with the
 * same load generator ({@link LoadGenerator}, in a JVM of its own for both) in the same run. Lines start with {@code PUBLISHING-BENCH}; the
 * documents are kept in {@code target/bench/} to look at. Command and figures: docs/performance-publishing.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIfEnvironmentVariable(named = "PUNKT_BENCH", matches = "1")
class PublishingBenchIT {

    private static final Path OUT = Paths.get("target", "bench");

    @LocalServerPort
    int port;

    @Autowired
    CommitteeService committees;

    @Autowired
    MeetingService meetings;

    @Autowired
    ItemService items;

    @Autowired
    AppendixService appendices;

    @Autowired
    DecisionService decisions;

    @Autowired
    MeetingDocumentService documents;

    @Autowired
    PdfRenderer pdf;

    @Autowired
    DocxRenderer docx;

    /** A meeting of 20 items, decided and approved: the minutes the target speaks of. */
    private MeetingView twentyItemMinutes() {
        TestMeetings fixtures = new TestMeetings(committees, meetings, items, appendices);
        CommitteeView committee = fixtures.committee("Benchudvalget", null);
        MeetingView meeting = fixtures.plan(committee, LocalDate.of(2026, 6, 11));
        List<ItemView> drafts = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            drafts.add(fixtures.draft(committee, meeting, "Sag nummer " + i + " om kommunens opgaver", false, i));
        }
        fixtures.publish(meeting, drafts);
        for (ItemView item : drafts) {
            decisions.record(
                    item.id(),
                    "<p>Godkendt. Udvalget bad forvaltningen om at følge op i næste kvartal.</p>",
                    Outcome.GODKENDT);
        }
        meetings.markHeld(meeting.id());
        return meetings.approveMinutes(meeting.id());
    }

    @Test
    void pdfOfTwentyItemMinutesAndLibreOffice() throws Exception {
        Files.createDirectories(OUT);
        MeetingView meeting = twentyItemMinutes();
        MeetingDocument document =
                documents.forMeeting(meeting.id(), Audience.PUBLIC).orElseThrow();
        assertThat(document.items()).hasSize(20);
        assertThat(document.kind()).isEqualTo(MeetingDocument.Kind.REFERAT);

        String loadBefore = load();
        for (int i = 0; i < 10; i++) {
            pdf.render(document, true);
        }
        long[] millis = new long[20];
        byte[] rendered = null;
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            rendered = pdf.render(document, true);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Files.write(OUT.resolve("minutes-20.pdf"), rendered);
        Arrays.sort(millis);
        System.out.printf(
                "PUBLISHING-BENCH pdf items=20 pages=%d renders=%d min=%d ms median=%d ms max=%d ms load=[%s | %s]%n",
                pages(rendered),
                millis.length,
                millis[0],
                (millis[9] + millis[10]) / 2,
                millis[millis.length - 1],
                loadBefore,
                load());

        Path docxFile = OUT.resolve("minutes-20.docx");
        Files.write(docxFile, docx.render(document, true));
        String soffice = findOnPath("soffice");
        if (soffice == null) {
            System.out.println("PUBLISHING-BENCH libreoffice SKIPPED: soffice is not on the PATH "
                    + "(apt-get install -y libreoffice-writer-nogui)");
            return;
        }
        Path profile = Files.createTempDirectory("punkt-lo-profile");
        convert(soffice, profile, docxFile); // first start creates the profile: not timed
        long[] conversions = new long[5];
        String loadBeforeLo = load();
        for (int i = 0; i < conversions.length; i++) {
            long start = System.nanoTime();
            convert(soffice, profile, docxFile);
            conversions[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(conversions);
        System.out.printf(
                "PUBLISHING-BENCH libreoffice docx->pdf items=20 pages=%d runs=%d min=%d ms median=%d ms max=%d ms"
                        + " (each run starts soffice) load=[%s | %s]%n",
                pages(Files.readAllBytes(OUT.resolve("minutes-20.pdf.lo").resolve("minutes-20.pdf"))),
                conversions.length,
                conversions[0],
                conversions[2],
                conversions[4],
                loadBeforeLo,
                load());
    }

    /** Punkt's own DOCX and PDF of the corpus minutes (demo, 2024-06-06), kept to be looked at as a reader would. */
    @Test
    void corpusMinutesForReading() throws Exception {
        Files.createDirectories(OUT);
        long chefforum = committees.findByName("Chefforum").orElseThrow().id();
        MeetingView june = meetings.findByCommittee(chefforum).stream()
                .filter(m -> m.date().equals(LocalDate.of(2024, 6, 6)))
                .findFirst()
                .orElseThrow();
        MeetingDocument document =
                documents.forMeeting(june.id(), Audience.PUBLIC).orElseThrow();
        Files.write(OUT.resolve("corpus-2024-06-06.docx"), docx.render(document, true));
        Files.write(OUT.resolve("corpus-2024-06-06.pdf"), pdf.render(document, true));
        System.out.println("PUBLISHING-BENCH corpus documents written to " + OUT.toAbsolutePath());
    }

    @Test
    void publicMeetingPageUnderFiftyClientsBesideNginx() throws Exception {
        MeetingView meeting = twentyItemMinutes();
        String path = "/offentlig/moeder/" + meeting.id();
        URI punkt = URI.create("http://127.0.0.1:" + port + path);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        HttpResponse<byte[]> page =
                client.send(HttpRequest.newBuilder(punkt).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(page.statusCode()).isEqualTo(200);

        String nginx = findOnPath("nginx");
        int seconds = Integer.parseInt(System.getenv().getOrDefault("PUNKT_BENCH_SECONDS", "20"));
        // Both servers get the same warm-up; PUNKT_BENCH_WARMUP_SECONDS lets the JIT finish with Punkt's hot path.
        Duration warmUp =
                Duration.ofSeconds(Integer.parseInt(System.getenv().getOrDefault("PUNKT_BENCH_WARMUP_SECONDS", "5")));
        String loadBefore = load();
        LoadGenerator.Measured punktRun = LoadGenerator.runInOwnProcess(punkt, 50, warmUp, Duration.ofSeconds(seconds));
        LoadGenerator.Result punktResult = punktRun.timed();
        System.out.printf(
                "PUBLISHING-BENCH page target=punkt bytes=%d %s load=[%s | %s] (warm-up: %s)%n",
                page.body().length, punktResult, loadBefore, load(), punktRun.warmUp());
        if (nginx == null) {
            System.out.println(
                    "PUBLISHING-BENCH page nginx SKIPPED: nginx is not on the PATH (apt-get install -y nginx)");
            return;
        }
        Path root = Files.createTempDirectory("punkt-nginx");
        Files.createDirectories(root.resolve("www/offentlig/moeder"));
        Files.write(root.resolve("www/offentlig/moeder/" + meeting.id() + ".html"), page.body());
        int nginxPort = freePort();
        Path conf = root.resolve("nginx.conf");
        Files.writeString(conf, """
                worker_processes auto;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                daemon off;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/tmp;
                    proxy_temp_path %1$s/tmp;
                    fastcgi_temp_path %1$s/tmp;
                    uwsgi_temp_path %1$s/tmp;
                    scgi_temp_path %1$s/tmp;
                    default_type text/html;
                    server {
                        listen 127.0.0.1:%2$d;
                        root %1$s/www;
                        location / { try_files $uri.html =404; }
                    }
                }
                """.formatted(root.toAbsolutePath(), nginxPort));
        Files.createDirectories(root.resolve("tmp"));
        // nginx's workers run as an unprivileged user when started by root: let them read the page.
        try (var paths = Files.walk(root)) {
            for (Path p : paths.toList()) {
                Files.setPosixFilePermissions(
                        p,
                        java.nio.file.attribute.PosixFilePermissions.fromString(
                                Files.isDirectory(p) ? "rwxrwxrwx" : "rw-r--r--"));
            }
        }
        Process server = new ProcessBuilder(nginx, "-p", root.toString(), "-c", conf.toString())
                .redirectErrorStream(true)
                .redirectOutput(root.resolve("stdout.log").toFile())
                .start();
        try {
            URI static_ = URI.create("http://127.0.0.1:" + nginxPort + path);
            waitFor(client, static_);
            String loadBeforeNginx = load();
            LoadGenerator.Result nginxResult = LoadGenerator.runInOwnProcess(
                            static_, 50, warmUp, Duration.ofSeconds(seconds))
                    .timed();
            System.out.printf(
                    "PUBLISHING-BENCH page target=nginx %s load=[%s | %s]%n", nginxResult, loadBeforeNginx, load());
            System.out.printf(
                    "PUBLISHING-BENCH page p99 ratio punkt/nginx = %.1f (target <= 2)%n",
                    punktResult.p99Millis() / Math.max(0.001, nginxResult.p99Millis()));
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void waitFor(HttpClient client, URI uri) throws Exception {
        for (int i = 0; i < 100; i++) {
            try {
                if (client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("nginx did not answer on " + uri);
    }

    private static void convert(String soffice, Path profile, Path docx) throws Exception {
        Path outDir = OUT.resolve("minutes-20.pdf.lo");
        Process process = new ProcessBuilder(
                        soffice,
                        "-env:UserInstallation=" + profile.toUri(),
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        outDir.toString(),
                        docx.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("soffice took more than 3 minutes");
        }
        assertThat(process.exitValue()).isZero();
    }

    private static int pages(byte[] bytes) throws IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            return document.getNumberOfPages();
        }
    }

    private static String findOnPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Paths.get(dir, command);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        for (String dir : List.of("/usr/sbin", "/usr/bin", "/usr/local/bin")) {
            Path candidate = Paths.get(dir, command);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The load averages (1, 5, 15 minutes) as uptime prints them. */
    private static String load() {
        try {
            String[] parts = Files.readString(Paths.get("/proc/loadavg")).split(" ");
            return "load average " + parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException e) {
            return "load unknown";
        }
    }
}
