package dk.punkt.publishing;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A closed-loop load generator: {@code clients} platform threads (a fixed pool, no virtual threads) each send GET
 * requests one after another for the given time and record every latency. The same generator measures Punkt and
 * nginx, so the two figures compare.
 *
 * <p>It runs in a JVM of its own ({@link #runInOwnProcess}), started the same way for both servers: nginx runs apart
 * from the generator, so Punkt must too, or its figures would carry the generator's CPU and garbage-collection pauses.
 * The generator uses only the JDK, so its process needs nothing but this class on its class path.
 */
final class LoadGenerator {

    private static final String RESULT = "LOAD-RESULT ";

    private LoadGenerator() {}

    record Result(
            int clients,
            long requests,
            long errors,
            double seconds,
            double p50Millis,
            double p99Millis,
            double maxMillis) {

        double perSecond() {
            return requests / seconds;
        }

        String encoded() {
            return RESULT + clients + " " + requests + " " + errors + " " + seconds + " " + p50Millis + " " + p99Millis
                    + " " + maxMillis;
        }

        static Result decoded(String line) {
            String[] f = line.substring(RESULT.length()).trim().split(" ");
            return new Result(
                    Integer.parseInt(f[0]),
                    Long.parseLong(f[1]),
                    Long.parseLong(f[2]),
                    Double.parseDouble(f[3]),
                    Double.parseDouble(f[4]),
                    Double.parseDouble(f[5]),
                    Double.parseDouble(f[6]));
        }

        @Override
        public String toString() {
            return String.format(
                    "clients=%d requests=%d errors=%d rps=%.0f p50=%.1f ms p99=%.1f ms max=%.1f ms",
                    clients, requests, errors, perSecond(), p50Millis, p99Millis, maxMillis);
        }
    }

    /** What one generator process measured: the warm-up and then the timed run. */
    record Measured(Result warmUp, Result timed) {}

    /**
     * Warms up and then measures {@code uri} from a new JVM (same JDK as this one, default settings), so that the
     * server measured shares neither heap nor collector with the generator.
     */
    static Measured runInOwnProcess(URI uri, int clients, Duration warmUp, Duration timed) throws Exception {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        Path classes = Paths.get(LoadGenerator.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Process process = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        classes.toString(),
                        LoadGenerator.class.getName(),
                        uri.toString(),
                        Integer.toString(clients),
                        Long.toString(warmUp.toSeconds()),
                        Long.toString(timed.toSeconds()))
                .redirectErrorStream(true)
                .start();
        List<Result> results = new ArrayList<>();
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.startsWith(RESULT)) {
                    results.add(Result.decoded(line));
                } else {
                    output.append(line).append('\n');
                }
            }
        }
        if (!process.waitFor(warmUp.plus(timed).toSeconds() + 60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the load generator did not finish: " + output);
        }
        if (process.exitValue() != 0 || results.size() != 2) {
            throw new IllegalStateException("the load generator failed (exit " + process.exitValue() + "): " + output);
        }
        return new Measured(results.get(0), results.get(1));
    }

    /** {@code uri clients warm-up-seconds timed-seconds}: prints one result line for each of the two runs. */
    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        int clients = Integer.parseInt(args[1]);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        System.out.println(run(client, uri, clients, Duration.ofSeconds(Long.parseLong(args[2])))
                .encoded());
        System.out.println(run(client, uri, clients, Duration.ofSeconds(Long.parseLong(args[3])))
                .encoded());
    }

    static Result run(HttpClient client, URI uri, int clients, Duration duration) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).GET().build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    long[] latencies = new long[1024];
                    int count = 0;
                    long errors = 0;
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<byte[]> response =
                                    client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            if (response.statusCode() != 200) {
                                errors++;
                            }
                        } catch (java.io.IOException e) {
                            errors++;
                        }
                        if (count == latencies.length) {
                            latencies = Arrays.copyOf(latencies, count * 2);
                        }
                        latencies[count++] = System.nanoTime() - t0;
                    }
                    long[] result = Arrays.copyOf(latencies, count + 1);
                    result[count] = -errors - 1; // last slot: the errors, marked negative
                    return result;
                }));
            }
            long errors = 0;
            List<long[]> all = new ArrayList<>();
            int total = 0;
            for (Future<long[]> future : futures) {
                long[] latencies = future.get();
                errors += -(latencies[latencies.length - 1] + 1);
                all.add(Arrays.copyOf(latencies, latencies.length - 1));
                total += latencies.length - 1;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] merged = new long[total];
            int at = 0;
            for (long[] latencies : all) {
                System.arraycopy(latencies, 0, merged, at, latencies.length);
                at += latencies.length;
            }
            Arrays.sort(merged);
            if (merged.length == 0) {
                return new Result(clients, 0, errors, seconds, 0, 0, 0);
            }
            return new Result(
                    clients,
                    merged.length,
                    errors,
                    seconds,
                    merged[(int) (merged.length * 0.50)] / 1e6,
                    merged[Math.min(merged.length - 1, (int) (merged.length * 0.99))] / 1e6,
                    merged[merged.length - 1] / 1e6);
        } finally {
            pool.shutdownNow();
        }
    }
}
