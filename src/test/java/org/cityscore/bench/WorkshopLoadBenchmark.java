package org.cityscore.bench;

import org.cityscore.scorecard.Indicator;
import org.cityscore.scorecard.ShippedScorecards;
import org.cityscore.workshop.WorkshopHttpClient;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The workshop under load: 200 participants each save all 47 UNDRR answers at the same time, over HTTP, against
 * the app with its embedded H2 file database. Measures throughput, p50 and p99 latency and errors, checks that
 * every answer sent is stored, and writes the figures to docs/benchmarks.md.
 */
public final class WorkshopLoadBenchmark {

    static final int PARTICIPANTS = 200;
    static final int QUESTIONS = 47;

    private WorkshopLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (Boolean.getBoolean("bench.load.skip")) {
            return;
        }
        Path target = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
        String external = System.getProperty("bench.url", "");
        if (!external.isBlank()) {
            // against an app started separately, e.g. java -jar target/cityscore-*.jar --cityscore.admin.username=bench ...
            WorkshopHttpClient client = new WorkshopHttpClient(external, System.getProperty("bench.user", "bench"),
                    System.getProperty("bench.password", "bench-password"));
            Result warmUp = run(client, 20);
            String report = report(run(client, PARTICIPANTS), warmUp, "a separately started app at " + external);
            BenchmarkReport.replaceSection(target, "workshop-load", report);
            System.out.println(report);
            return;
        }
        Path data = Files.createTempDirectory("cityscore-load");
        try (ConfigurableApplicationContext app = BenchApp.start(data)) {
            int port = BenchApp.port(app);
            WorkshopHttpClient client = new WorkshopHttpClient("http://localhost:" + port, "bench", "bench-password");
            Result warmUp = run(client, 20);
            Result result = run(client, PARTICIPANTS);
            String report = report(result, warmUp, "the app in the harness's JVM");
            BenchmarkReport.replaceSection(target, "workshop-load", report);
            System.out.println(report);
        }
    }

    record Result(int participants, long[] latenciesNanos, int errors, long stored, double seconds) {
        int sent() {
            return latenciesNanos.length;
        }

        double percentileMillis(double p) {
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, index)] / 1e6;
        }
    }

    static Result run(WorkshopHttpClient client, int participants) throws Exception {
        long assessment = client.asTrainer("POST", "/api/assessments",
                "{\"scorecardId\":\"undrr-preliminary\",\"city\":\"Load test\",\"year\":2025}").body().get("id").asLong();
        JsonNode workshop = client.asTrainer("POST", "/api/assessments/" + assessment + "/workshops", null).body();
        long wid = workshop.get("workshopId").asLong();
        List<String> tokens = new ArrayList<>();
        for (int p = 0; p < participants; p++) {
            tokens.add(client.anonymous("POST", "/api/workshops/join", "{\"joinCode\":\"" + workshop.get("joinCode").asString()
                    + "\",\"name\":\"Participant " + p + "\"}").body().get("token").asString());
        }
        List<String> codes = codes();
        long[] latencies = new long[participants * QUESTIONS];
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(participants);
        List<Future<?>> done = new ArrayList<>();
        for (int p = 0; p < participants; p++) {
            int participant = p;
            done.add(pool.submit(() -> {
                start.await();
                for (int q = 0; q < QUESTIONS; q++) {
                    long began = System.nanoTime();
                    int status = client.asParticipant(tokens.get(participant), "PUT", "/api/workshops/" + wid + "/answers/" + codes.get(q),
                            "{\"level\":" + ((participant + q) % 4) + ",\"comment\":\"load " + participant + "\"}").status();
                    latencies[participant * QUESTIONS + q] = System.nanoTime() - began;
                    if (status != 200) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        for (Future<?> future : done) {
            future.get();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdown();
        long stored = 0;
        for (JsonNode participant : client.asTrainer("GET", "/api/workshops/" + wid + "/summary", null).body().get("participants")) {
            stored += participant.get("answered").asLong();
        }
        return new Result(participants, latencies, errors.get(), stored, seconds);
    }

    static String report(Result result, Result warmUp, String where) {
        return """
                ## Workshop load: %d participants saving 47 answers each at once

                Measured on %s: %s, against %s (embedded H2 file database,
                Tomcat on a local port); %d client threads (one per participant) send `PUT /api/workshops/{id}/answers/{code}`
                with their bearer tokens over HTTP/1.1, all starting together, after a warm-up round of %d participants.
                Alone: `mvn -B -Pbench -DskipTests test -Dbench.jmh.skip=true`.

                | figure | value |
                |---|---:|
                | answers sent | %d |
                | answers stored (summary) | %d |
                | errors (non-200) | %d |
                | wall time | %.2f s |
                | throughput | %.0f answers/s |
                | latency p50 | %.1f ms |
                | latency p99 | %.1f ms |
                | latency max | %.1f ms |

                Target: p99 under 200 ms, no errors, every answer stored. **%s** Client and server share the
                machine's two cores here, so the figures are conservative for a trainer's laptop that only serves; with
                200 requests always in flight, the latency is mostly queueing (mean latency = requests in flight / throughput).
                """.formatted(result.participants(), LocalDate.now(), Machine.describe(), where, result.participants(), warmUp.participants(),
                result.sent(), result.stored(), result.errors(), result.seconds(), result.sent() / result.seconds(),
                result.percentileMillis(50), result.percentileMillis(99), result.percentileMillis(100), verdict(result));
    }

    static String verdict(Result result) {
        boolean complete = result.errors() == 0 && result.stored() == result.sent();
        boolean fast = result.percentileMillis(99) < 200;
        return (complete ? "Every answer was stored without an error; " : "Answers were lost or refused; ")
                + (fast ? "p99 meets the target." : "p99 misses the target.");
    }

    private static List<String> codes() {
        return ShippedScorecards.get("undrr-preliminary").indicators().map(Indicator::code).toList();
    }
}
