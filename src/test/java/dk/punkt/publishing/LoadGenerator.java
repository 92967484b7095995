package dk.punkt.publishing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A closed-loop load generator: {@code clients} platform threads (a fixed pool, no virtual threads) each send GET
 * requests one after another for the given time and record every latency. The same generator measures Punkt and
 * nginx, so the two figures compare.
 */
final class LoadGenerator {

    private LoadGenerator() {}

    record Result(long requests, long errors, double seconds, double p50Millis, double p99Millis, double maxMillis) {

        double perSecond() {
            return requests / seconds;
        }

        @Override
        public String toString() {
            return String.format(
                    "clients=50 requests=%d errors=%d rps=%.0f p50=%.1f ms p99=%.1f ms max=%.1f ms",
                    requests, errors, perSecond(), p50Millis, p99Millis, maxMillis);
        }
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
                return new Result(0, errors, seconds, 0, 0, 0);
            }
            return new Result(
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
