package org.cityscore.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.cityscore.scorecard.Indicator;
import org.cityscore.scorecard.ShippedScorecards;
import org.cityscore.support.AppProcess;
import org.cityscore.support.Cluster;
import org.cityscore.support.SlowTest;
import org.cityscore.workshop.WorkshopHttpClient;
import org.cityscore.workshop.WorkshopHttpClient.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;

/**
 * Cityscore past one machine: two identical nodes, each in a JVM of its own, on one PostgreSQL database, behind
 * Debian's nginx as a round-robin proxy without sticky sessions; every request goes through the proxy, as a
 * trainer's browser and participants' phones would. .ci/run provides PostgreSQL and nginx; the test starts the
 * nodes and nginx itself, because it kills and restarts a node. Skipped, with a loud WARNING, only when PostgreSQL
 * or nginx is not there.
 */
@SlowTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutTest {

    static final int PARTICIPANTS = 100;
    static final List<String> NODE_JVM = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    @TempDir
    static Path root;

    static Cluster cluster;
    static WorkshopHttpClient trainer;

    @BeforeAll
    static void startTwoNodesBehindNginx() throws Exception {
        String missing = Cluster.unavailable();
        if (missing != null) {
            System.err.println("\nWARNING: ScaleOutTest SKIPPED: " + missing + "\n");
        }
        assumeTrue(missing == null, missing);
        cluster = Cluster.start(root.resolve("shared"), 2, false, true, NODE_JVM);
        awaitReady(cluster.proxy().baseUrl());
        trainer = new WorkshopHttpClient(cluster.proxy().baseUrl(), AppProcess.USER, AppProcess.PASSWORD);
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void aSignedInTrainerStaysSignedInWhicheverNodeAnswers() {
        Ledger ledger = new Ledger("pages through the proxy");
        PageSession browser = new PageSession(cluster.proxy().baseUrl(), ledger);
        assertThat(browser.signIn())
                .as("the form sign-in through the proxy (its CSRF token and session must be valid on every node)")
                .isTrue();
        Set<String> nodes = new TreeSet<>();
        for (int load = 1; load <= 10; load++) {
            Exchange page = browser.get("/");
            assertThat(page.status())
                    .as("page load %d (answered by %s) still signed in", load, page.header("X-Cityscore-Node"))
                    .isEqualTo(200);
            assertThat(page.body()).doesNotContain("name=\"password\"");
            nodes.add(page.header("X-Cityscore-Node"));
        }
        assertThat(nodes).containsExactly("node-1", "node-2");
        ledger.assertClean();
    }

    @Test
    @Order(2)
    void aWorkshopKeepsEveryAcknowledgedAnswerWhileANodeIsKilledAndRestarted() throws Exception {
        long assessment = trainer.asTrainer(
                        "POST",
                        "/api/assessments",
                        "{\"scorecardId\":\"undrr-preliminary\",\"city\":\"Scale-out\",\"year\":2025}")
                .body()
                .get("id")
                .asLong();
        JsonNode workshop = trainer.asTrainer("POST", "/api/assessments/" + assessment + "/workshops", null)
                .body();
        long wid = workshop.get("workshopId").asLong();
        List<Joined> participants = new ArrayList<>();
        for (int p = 0; p < PARTICIPANTS; p++) {
            Reply joined = trainer.anonymous(
                    "POST",
                    "/api/workshops/join",
                    "{\"joinCode\":\"" + workshop.get("joinCode").asString() + "\",\"name\":\"Participant " + p
                            + "\"}");
            assertThat(joined.status()).as("join %d", p).isEqualTo(201);
            participants.add(new Joined(
                    joined.body().get("participantId").asLong(),
                    joined.body().get("token").asString()));
        }
        List<String> codes = ShippedScorecards.get("undrr-preliminary")
                .indicators()
                .map(Indicator::code)
                .toList();
        AnswerLedger ledger = new AnswerLedger();
        int total = PARTICIPANTS * codes.size();
        ExecutorService phones = Executors.newFixedThreadPool(PARTICIPANTS);
        try {
            List<Future<?>> answering = new ArrayList<>();
            for (int p = 0; p < PARTICIPANTS; p++) {
                Joined participant = participants.get(p);
                int shift = p;
                answering.add(phones.submit(() -> {
                    for (int q = 0; q < codes.size(); q++) {
                        ledger.send(participant, wid, codes.get(q), (shift + q) % 4);
                        Thread.sleep(50); // a person reads the next question
                    }
                    return null;
                }));
            }
            while (ledger.acknowledged() < total / 2) {
                Thread.sleep(20);
            }
            cluster.node(1).kill();
            System.out.printf(
                    "ScaleOutTest: node-1 killed (SIGKILL) after %d of %d answers acknowledged%n",
                    ledger.acknowledged(), total);
            cluster.replace(1, cluster.node(1).startAgain());
            awaitReady(cluster.node(1).baseUrl());
            for (Future<?> phone : answering) {
                phone.get();
            }
            // after the restart, everyone changes their first five answers: both nodes take them again
            List<Future<?>> changing = new ArrayList<>();
            for (int p = 0; p < PARTICIPANTS; p++) {
                Joined participant = participants.get(p);
                int shift = p;
                changing.add(phones.submit(() -> {
                    for (int q = 0; q < 5; q++) {
                        ledger.send(participant, wid, codes.get(q), (shift + q + 1) % 4);
                    }
                    return null;
                }));
            }
            for (Future<?> phone : changing) {
                phone.get();
            }
        } finally {
            phones.shutdownNow();
        }
        System.out.printf(
                "ScaleOutTest: %d answers acknowledged, %d not (%s); answered by %s%n",
                ledger.acknowledged(), ledger.refused(), ledger.refusals(), ledger.nodes());
        assertThat(ledger.nodes()).as("nodes that acknowledged answers").containsKeys("node-1", "node-2");

        Map<Long, Integer> counted = new HashMap<>();
        for (JsonNode row : trainer.asTrainer("GET", "/api/workshops/" + wid + "/summary", null)
                .body()
                .get("participants")) {
            counted.put(row.get("id").asLong(), row.get("answered").asInt());
        }
        List<String> lost = new ArrayList<>();
        for (Joined participant : participants) {
            Map<String, Integer> stored = new HashMap<>();
            for (JsonNode answer : trainer.asParticipant(
                            participant.token(), "GET", "/api/workshops/" + wid + "/answers", null)
                    .body()) {
                stored.put(
                        answer.get("indicatorCode").asString(),
                        answer.get("level").asInt());
            }
            lost.addAll(ledger.mismatches(participant, stored));
            assertThat(counted.get(participant.id()))
                    .as("the trainer's summary counts participant %d's stored answers", participant.id())
                    .isEqualTo(stored.size())
                    .isGreaterThanOrEqualTo(ledger.acknowledgedCodes(participant));
        }
        assertThat(lost).as("acknowledged answers not stored as acknowledged").isEmpty();
    }

    @Test
    @Order(3)
    void aScorecardAddedOnOneNodeIsServedByTheOther() throws Exception {
        String card = Files.readString(Path.of("scorecards/iclei-5rs.yaml"), StandardCharsets.UTF_8)
                .replaceFirst("(?m)^id: \"iclei-5rs\"", "id: \"scale-out-added\"");
        assertThat(card).contains("id: \"scale-out-added\"");
        Files.writeString(cluster.scorecardsOf(1).resolve("scale-out-added.yaml"), card, StandardCharsets.UTF_8);
        cluster.node(1).close();
        cluster.replace(1, cluster.node(1).startAgain());
        awaitReady(cluster.node(1).baseUrl());
        assertThat(scorecardIds(cluster.node(1).baseUrl())).contains("scale-out-added");

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Set<String> onNode2 = scorecardIds(cluster.node(2).baseUrl());
        while (!onNode2.contains("scale-out-added") && System.nanoTime() < deadline) {
            Thread.sleep(250);
            onNode2 = scorecardIds(cluster.node(2).baseUrl());
        }
        assertThat(onNode2)
                .as("node-2's catalogue (GET /api/scorecards) 10 s after node-1 started with a new scorecard file")
                .contains("scale-out-added");
    }

    @Test
    @Order(4)
    void twoNodesStartingTogetherOnAnEmptyDatabaseMigrateItOnce() throws Exception {
        Path samples = Path.of("sample-assessments").toAbsolutePath();
        long sampleFiles;
        try (var files = Files.list(samples)) {
            sampleFiles = files.filter(file -> file.getFileName().toString().matches(".*\\.xls[xm]$"))
                    .count();
        }
        try (Cluster fresh = Cluster.start(
                        root.resolve("fresh"),
                        2,
                        true,
                        false,
                        NODE_JVM,
                        List.of("--cityscore.samples.load-on-empty=true", "--cityscore.samples-dir=" + samples));
                Connection connection = fresh.connect();
                Statement statement = connection.createStatement()) {
            for (int n = 1; n <= 2; n++) {
                assertThat(scorecardIds(fresh.node(n).baseUrl())).contains("undrr-preliminary");
            }
            List<String> versions = new ArrayList<>();
            try (ResultSet rows =
                    statement.executeQuery("select version from flyway_schema_history where success order by 1")) {
                while (rows.next()) {
                    versions.add(rows.getString(1));
                }
            }
            assertThat(versions).doesNotHaveDuplicates().hasSize(migrationCount());
            // the first-start work is done once: one admin account, each sample loaded once
            assertThat(count(statement, "select count(*) from trainer_account")).isEqualTo(1);
            assertThat(count(statement, "select count(*) from assessment")).isEqualTo(sampleFiles);
        }
    }

    private static long count(Statement statement, String query) throws SQLException {
        try (ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Waits until the app at this address is ready: its readiness probe says UP, or, on a build without Actuator's
     * probes, its sign-in page answers.
     */
    static void awaitReady(String base) throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> probe = get(http, base + "/actuator/health/readiness");
                if (probe.statusCode() == 200 && probe.body().contains("\"UP\"")) {
                    return;
                }
                // 503: the probe exists and says not yet; anything else (404, a redirect to the sign-in page):
                // a build without the probe, ready when its sign-in page answers
                if (probe.statusCode() != 503
                        && probe.statusCode() != 200
                        && get(http, base + "/login").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(base + " was not ready within 2 minutes");
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static Set<String> scorecardIds(String base) {
        Set<String> ids = new HashSet<>();
        for (JsonNode card : new WorkshopHttpClient(base, AppProcess.USER, AppProcess.PASSWORD)
                .anonymous("GET", "/api/scorecards", null)
                .body()) {
            ids.add(card.get("id").asString());
        }
        return ids;
    }

    static int migrationCount() {
        try {
            return (int) Arrays.stream(
                            new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*__*"))
                    .map(Resource::getFilename)
                    .filter(name -> name != null && !name.contains("$"))
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Joined(long id, String token) {}

    /**
     * What each participant was told: per answer, the levels it may be stored with. An answer acknowledged with 200
     * must be stored with its level; one that got no 200 may or may not have been stored (a node killed after its
     * commit, before its reply), so it widens what the stored level may be until a later answer is acknowledged.
     */
    static final class AnswerLedger {

        private final Map<String, Set<Integer>> allowed = new ConcurrentHashMap<>();
        private final Map<String, Boolean> everAcknowledged = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> nodes = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
        private final AtomicInteger acknowledged = new AtomicInteger();
        private final AtomicInteger refused = new AtomicInteger();
        private final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        private final String base = cluster.proxy().baseUrl();

        void send(Joined participant, long wid, String code, int level) {
            String key = participant.id() + "/" + code;
            String outcome;
            try {
                HttpResponse<Void> reply = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/workshops/" + wid + "/answers/" + code))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + participant.token())
                                .timeout(Duration.ofMinutes(1))
                                .PUT(HttpRequest.BodyPublishers.ofString("{\"level\":" + level + "}"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (reply.statusCode() == 200) {
                    allowed.put(key, Set.of(level));
                    everAcknowledged.put(key, true);
                    acknowledged.incrementAndGet();
                    nodes.computeIfAbsent(
                                    reply.headers()
                                            .firstValue("X-Cityscore-Node")
                                            .orElse("?"),
                                    node -> new AtomicInteger())
                            .incrementAndGet();
                    return;
                }
                outcome = "HTTP " + reply.statusCode();
            } catch (IOException e) {
                outcome = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            refused.incrementAndGet();
            refusals.computeIfAbsent(outcome, any -> new AtomicInteger()).incrementAndGet();
            allowed.merge(key, Set.of(level), (before, now) -> {
                Set<Integer> either = new HashSet<>(before);
                either.addAll(now);
                return either;
            });
        }

        int acknowledged() {
            return acknowledged.get();
        }

        int refused() {
            return refused.get();
        }

        Map<String, AtomicInteger> refusals() {
            return refusals;
        }

        Map<String, AtomicInteger> nodes() {
            return nodes;
        }

        int acknowledgedCodes(Joined participant) {
            String prefix = participant.id() + "/";
            return (int) everAcknowledged.keySet().stream()
                    .filter(key -> key.startsWith(prefix))
                    .count();
        }

        List<String> mismatches(Joined participant, Map<String, Integer> stored) {
            List<String> wrong = new ArrayList<>();
            String prefix = participant.id() + "/";
            allowed.forEach((key, levels) -> {
                if (key.startsWith(prefix)) {
                    String code = key.substring(prefix.length());
                    Integer level = stored.get(code);
                    boolean mayBeMissing = !everAcknowledged.containsKey(key);
                    if (level == null ? !mayBeMissing : !levels.contains(level)) {
                        wrong.add(key + ": stored " + level + ", acknowledged " + levels);
                    }
                }
            });
            return wrong;
        }
    }
}
