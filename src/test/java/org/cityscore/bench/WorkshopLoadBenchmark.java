package org.cityscore.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.cityscore.scorecard.Indicator;
import org.cityscore.scorecard.ShippedScorecards;
import org.cityscore.support.AppProcess;
import org.cityscore.workshop.WorkshopHttpClient;
import tools.jackson.databind.JsonNode;

/**
 * The workshop under load: 200 participants each save all 47 UNDRR answers at the same time, over HTTP, against
 * the app running in its own JVM with its embedded H2 file database. Each round is a new workshop; the first round
 * after start is reported on its own (the JIT compiler is still at work), the last rounds together as the warm
 * figures. Measures throughput, p50 and p99 latency and errors, checks that every answer sent is stored, and
 * writes the figures to docs/benchmarks.md.
 */
public final class WorkshopLoadBenchmark {

    static final int PARTICIPANTS = 200;
    static final int QUESTIONS = 47;

    private WorkshopLoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (Boolean.getBoolean("bench.load.skip")) {
            return;
        }
        Path target = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
        int warmUp = Integer.getInteger("bench.load.warmup", 6);
        int measured = Integer.getInteger("bench.load.rounds", 3);
        int pauseSeconds = Integer.getInteger("bench.load.pause", 15);
        String external = System.getProperty("bench.url", "");
        int cluster = Integer.getInteger("bench.load.cluster", 0);
        if (cluster > 0) {
            String report = ClusterLoad.measure(cluster, warmUp, measured, pauseSeconds);
            BenchmarkReport.replaceSection(target, "workshop-load-cluster-" + cluster, report);
            System.out.println(report);
            return;
        }
        String report;
        if (!external.isBlank()) {
            // against an app started separately, e.g. java -jar target/cityscore-*.jar --cityscore.admin.username=bench
            // ...
            report = measure(
                    URI.create(external),
                    System.getProperty("bench.user", BenchApp.USER),
                    System.getProperty("bench.password", BenchApp.PASSWORD),
                    warmUp,
                    measured,
                    pauseSeconds,
                    "a separately started app at " + external);
        } else {
            try (AppProcess app = AppProcess.start(Files.createTempDirectory("cityscore-load"))) {
                report = measure(
                        URI.create(app.baseUrl()),
                        BenchApp.USER,
                        BenchApp.PASSWORD,
                        warmUp,
                        measured,
                        pauseSeconds,
                        "the app started by the harness in a JVM of its own, with its default settings");
            }
        }
        BenchmarkReport.replaceSection(target, "workshop-load", report);
        System.out.println(report);
    }

    /** One workshop's worth of answers: what was sent, how long each took, what the summary then counted. */
    record Round(long[] latenciesNanos, int errors, long stored, double seconds, int reconnects) {

        static Round together(List<Round> rounds) {
            return new Round(
                    rounds.stream()
                            .flatMapToLong(round -> Arrays.stream(round.latenciesNanos()))
                            .toArray(),
                    rounds.stream().mapToInt(Round::errors).sum(),
                    rounds.stream().mapToLong(Round::stored).sum(),
                    rounds.stream().mapToDouble(Round::seconds).sum(),
                    rounds.stream().mapToInt(Round::reconnects).sum());
        }

        int sent() {
            return latenciesNanos.length;
        }

        double throughput() {
            return sent() / seconds;
        }

        double percentileMillis(double p) {
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, index)] / 1e6;
        }

        boolean complete() {
            return errors == 0 && stored == sent();
        }
    }

    static String measure(
            URI base, String user, String password, int warmUp, int measured, int pauseSeconds, String where)
            throws Exception {
        return report(rounds(base, user, password, warmUp, measured, pauseSeconds), warmUp, pauseSeconds, where);
    }

    /** The rounds, one after another, each after a pause: the first after start, the warm-up, the measured ones. */
    static List<Round> rounds(URI base, String user, String password, int warmUp, int measured, int pauseSeconds)
            throws Exception {
        WorkshopHttpClient trainer = new WorkshopHttpClient(base.toString(), user, password);
        List<Round> rounds = new ArrayList<>();
        for (int r = 1; r <= 1 + warmUp + measured; r++) {
            if (r > 1) {
                Thread.sleep(pauseSeconds * 1000L);
            }
            Round round = round(trainer, base);
            rounds.add(round);
            System.out.printf(
                    "round %d: %.0f answers/s, p50 %.1f ms, p99 %.1f ms, %d errors, %d of %d stored%n",
                    r,
                    round.throughput(),
                    round.percentileMillis(50),
                    round.percentileMillis(99),
                    round.errors(),
                    round.stored(),
                    round.sent());
        }
        return rounds;
    }

    static Round round(WorkshopHttpClient trainer, URI base) throws Exception {
        long assessment = trainer.asTrainer(
                        "POST",
                        "/api/assessments",
                        "{\"scorecardId\":\"undrr-preliminary\",\"city\":\"Load test\",\"year\":2025}")
                .body()
                .get("id")
                .asLong();
        JsonNode workshop = trainer.asTrainer("POST", "/api/assessments/" + assessment + "/workshops", null)
                .body();
        long wid = workshop.get("workshopId").asLong();
        List<String> tokens = new ArrayList<>();
        for (int p = 0; p < PARTICIPANTS; p++) {
            tokens.add(trainer.anonymous(
                            "POST",
                            "/api/workshops/join",
                            "{\"joinCode\":\"" + workshop.get("joinCode").asString() + "\",\"name\":\"Participant " + p
                                    + "\"}")
                    .body()
                    .get("token")
                    .asString());
        }
        List<String> codes = codes();
        long[] latencies = new long[PARTICIPANTS * QUESTIONS];
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger reconnects = new AtomicInteger();
        CountDownLatch connected = new CountDownLatch(PARTICIPANTS);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(PARTICIPANTS);
        List<Future<?>> done = new ArrayList<>();
        for (int p = 0; p < PARTICIPANTS; p++) {
            int participant = p;
            done.add(pool.submit(() -> {
                try (ParticipantConnection connection = new ParticipantConnection(base.getHost(), base.getPort())) {
                    connected.countDown();
                    start.await();
                    for (int q = 0; q < QUESTIONS; q++) {
                        long began = System.nanoTime();
                        try {
                            int status = connection.send(
                                    "PUT",
                                    "/api/workshops/" + wid + "/answers/" + codes.get(q),
                                    "Bearer " + tokens.get(participant),
                                    "{\"level\":" + ((participant + q) % 4) + ",\"comment\":\"load " + participant
                                            + "\"}");
                            if (status != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (IOException broken) {
                            errors.incrementAndGet();
                            connection.close();
                        }
                        latencies[participant * QUESTIONS + q] = System.nanoTime() - began;
                    }
                    reconnects.addAndGet(connection.reconnects());
                }
                return null;
            }));
        }
        connected.await();
        long began = System.nanoTime();
        start.countDown();
        for (Future<?> future : done) {
            future.get();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdown();
        long stored = 0;
        for (JsonNode participant : trainer.asTrainer("GET", "/api/workshops/" + wid + "/summary", null)
                .body()
                .get("participants")) {
            stored += participant.get("answered").asLong();
        }
        return new Round(latencies, errors.get(), stored, seconds, reconnects.get());
    }

    static String report(List<Round> rounds, int warmUp, int pauseSeconds, String where) {
        Round cold = rounds.get(0);
        List<Round> last = rounds.subList(1 + warmUp, rounds.size());
        Round warm = Round.together(last);
        Round all = Round.together(rounds);
        String warmLabel = last.size() == 1
                ? "warm: round " + rounds.size()
                : "warm: rounds " + (2 + warmUp) + "–" + rounds.size() + " together";
        String perRound = rounds.stream()
                .map(round -> "%.0f ms".formatted(round.percentileMillis(99)))
                .collect(Collectors.joining(", "));
        return """
                ## Workshop load: %d participants saving 47 answers each at once

                Measured on %s: %s, against %s (embedded H2 file database in a fresh folder).
                Each round opens a new workshop on a new UNDRR assessment; %d participants join it, and then all of them
                save their %d answers at once, each over its own keep-alive connection with its bearer token
                (`PUT /api/workshops/{id}/answers/{code}`), sending the next answer as soon as the last one is saved: %d requests in
                flight all the time, with no pause to read a question. Afterwards the trainer's summary must count every answer.
                The harness's client threads run on the same two cores as the app. %d rounds: the first right after start,
                %d to warm up and %d measured together, each after %d s without requests, as between the bursts of a workshop.
                Alone: `mvn -B -Pbench -DskipTests test -Dbench.jmh.skip=true -Dbench.comparison.skip=true`.

                | figure | first round after start | %s |
                |---|---:|---:|
                | answers sent | %d | %d |
                | answers stored (summary) | %d | %d |
                | errors (non-200 or broken connection) | %d | %d |
                | wall time | %.2f s | %.2f s |
                | throughput | %.0f answers/s | %.0f answers/s |
                | latency p50 | %.1f ms | %.1f ms |
                | latency p99 | %.1f ms | %.1f ms |
                | latency max | %.1f ms | %.1f ms |

                Every round, p99: %s. Over all %d rounds: %d answers sent, %d stored, %d errors.

                Targets (issue 15): p99 under 300 ms in the first round after start, under 200 ms warm; no errors, every answer
                stored. **%s**

                What a round costs. Every answer is a transaction that H2 writes to its file before the answer is
                acknowledged (`WRITE_DELAY=0`, docs/reliability.md). The 200 participants never pause, so by Little's law
                the mean latency is 200 divided by the throughput: a p99 under 300 ms needs well over 670 answers/s from
                the first second. What the first round lacks is compiled code: in a flight recording of the first
                minute after start (2026-12-03), the JIT compilers spent 58 s of processor time (17,000 methods, single
                C2 compilations of H2's `MVMap.operate` or Spring's `ResolvableType` taking 1-2 s each, some repeated),
                on a machine with two cores shared with the request threads and the harness's clients; of the request
                threads' samples, a fifth were H2's commits. Done: 32 request threads and 20 connections (Tomcat's
                default 200 threads racing for 10 connections gave a first-round p99 of 1,180-2,030 ms); no Spring
                Security observation wrapper around each filter of every request (the observations were already off,
                the wrappers were not; warm p99 246 ms before, 171 ms after, over rounds 8-10). Tried without a
                measurable first-round gain, against a run-to-run spread of a third: H2 pages of 4 KiB or 2 KiB; the
                self-warm-up (`WarmUp`) at 4, 8 or 12 s, also with H2 commits rehearsed on a throwaway database (first
                rounds 570-870 ms either way; 20 s of it gave 559 ms once, too long a start for what it gives);
                H2's default write delay (the first round stayed near 660 answers/s). The quick compiler only
                (`-XX:TieredStopAtLevel=1`) gave a first round of 609 answers/s with p99 578 ms but stayed near
                700 answers/s, so warm rounds would miss their target; the default JIT is kept. Class data sharing
                (2026-12-03: a dynamic AppCDS archive from a training run, the app started from the extracted jar, two
                runs each): ready in 10.0 s instead of 11-12 s, first-round p99 810 and 1,008 ms against 697 and 764 ms
                without it; the archive saves class loading, which the first round no longer pays for, not compilation.
                (Reproduce: `java -Djarmode=tools -jar target/cityscore-*.jar extract --destination x`; start
                `java -XX:ArchiveClassesAtExit=app.jsa -jar x/cityscore-*.jar --cityscore.admin.username=bench
                --cityscore.admin.password=bench-password`, run this benchmark against it with `-Dbench.url=http://localhost:8080`, stop
                it with SIGTERM; then the same with `-XX:SharedArchiveFile=app.jsa` on a fresh data folder.)
                Other garbage collectors or more compiler threads (`-XX:+UseParallelGC`, `-XX:CICompilerCount=4`) stayed
                inside the spread. Where the processor time of a first round goes (2026-12-03, each process's time read
                from `/proc/<pid>/stat` at the round's start and end, the compiler threads' from `/proc/<pid>/task/*/stat`,
                19.8 s on two cores): the app 34.8 s, of which its JIT compilers 10.5 s;
                the harness and its 200 clients 2.6 s. In round 3, 45 s of load after start, the optimising compiler
                still took 6.9 of the app's 20.0 s. On this machine the target needs the compiled code of a warm app
                before the first answer, which Java 17 cannot keep from one run to the next; with more cores the
                compilers run beside the request threads instead of in their place.
                """.formatted(
                        PARTICIPANTS,
                        LocalDate.now(),
                        Machine.describe(),
                        where,
                        PARTICIPANTS,
                        QUESTIONS,
                        PARTICIPANTS,
                        rounds.size(),
                        warmUp,
                        last.size(),
                        pauseSeconds,
                        warmLabel,
                        cold.sent(),
                        warm.sent(),
                        cold.stored(),
                        warm.stored(),
                        cold.errors(),
                        warm.errors(),
                        cold.seconds(),
                        warm.seconds(),
                        cold.throughput(),
                        warm.throughput(),
                        cold.percentileMillis(50),
                        warm.percentileMillis(50),
                        cold.percentileMillis(99),
                        warm.percentileMillis(99),
                        cold.percentileMillis(100),
                        warm.percentileMillis(100),
                        perRound,
                        rounds.size(),
                        all.sent(),
                        all.stored(),
                        all.errors(),
                        verdict(cold, warm, all));
    }

    static String verdict(Round cold, Round warm, Round all) {
        return (all.complete() ? "Every answer was stored without an error; " : "Answers were lost or refused; ")
                + (cold.percentileMillis(99) < 300
                        ? "the first round meets its target; "
                        : "the first round misses its target; ")
                + (warm.percentileMillis(99) < 200
                        ? "the warm p99 meets its target."
                        : "the warm p99 misses its target.");
    }

    private static List<String> codes() {
        return ShippedScorecards.get("undrr-preliminary")
                .indicators()
                .map(Indicator::code)
                .toList();
    }
}
