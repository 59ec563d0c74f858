package org.cityscore.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.cityscore.scorecard.Indicator;
import org.cityscore.scorecard.ShippedScorecards;
import org.cityscore.support.AppProcess;
import org.cityscore.support.SlowTest;
import org.cityscore.workshop.WorkshopHttpClient.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Nothing acknowledged is lost when the process dies: ten rounds on one data folder, each a burst of parallel
 * writes of every kind (responses at increasing versions, workbook imports, new assessments, a workshop with
 * participants joining and answering and the trainer agreeing), SIGKILL while writes are still in flight, a restart,
 * and a check, value by value, of every write answered 2xx before the kill, of this round and all earlier ones.
 */
@SlowTest
class KillTest {

    static final int ROUNDS = 10;
    static final List<String> CODES = ShippedScorecards.get(TrainerScript.SCORECARD)
            .indicators()
            .map(Indicator::code)
            .toList();

    record StoredResponse(long version, int level, String comment) {}

    record Participant(long workshopId, long id, String name, String token) {}

    /** Every write answered 2xx, with what it stored. */
    static final class Acknowledged {
        final Map<String, StoredResponse> responses = new ConcurrentHashMap<>(); // "assessmentId/code"
        final Map<Long, String> assessments = new ConcurrentHashMap<>(); // id -> city
        final Map<Long, Map<String, String>> imports = new ConcurrentHashMap<>(); // id -> code -> comment
        final Map<Long, Long> workshops = new ConcurrentHashMap<>(); // workshop id -> assessment id
        final Map<Long, Participant> participants = new ConcurrentHashMap<>();
        final Map<String, String> answers = new ConcurrentHashMap<>(); // "participantId/code" -> comment
        final Map<String, String> agreed = new ConcurrentHashMap<>(); // "workshopId/code" -> "level rationale"
        final AtomicInteger count = new AtomicInteger();
        final AtomicInteger serverErrors = new AtomicInteger();
        final List<String> serverErrorReplies = new CopyOnWriteArrayList<>();
        final List<Throwable> unexpected = new CopyOnWriteArrayList<>();

        int size() {
            return responses.size()
                    + assessments.size()
                    + imports.size()
                    + workshops.size()
                    + participants.size()
                    + answers.size()
                    + agreed.size();
        }
    }

    @TempDir(cleanup = CleanupMode.ON_SUCCESS) // a failure leaves the data folder and app.log to read
    Path data;

    @Test
    void everyAcknowledgedWriteSurvivesAKill() throws Exception {
        survive(ROUNDS, false);
    }

    /**
     * SIGTERM while writes are in flight, as an operator restarting a node during a workshop does: graceful shutdown
     * lets the requests in flight finish, every one answered 2xx is stored, and the app ends by itself.
     */
    @Test
    void everyAcknowledgedWriteSurvivesASigterm() throws Exception {
        survive(3, true);
    }

    private void survive(int rounds, boolean terminate) throws Exception {
        Acknowledged acknowledged = new Acknowledged();
        Random random = new Random(11);
        Set<String> allLost = new TreeSet<>(); // the checks repeat earlier rounds': count each loss once
        AppProcess app = AppProcess.start(data, AppProcess.QUICK_START, List.of());
        try {
            byte[] template = new TrainerScript(app).template();
            for (int round = 1; round <= rounds; round++) {
                int before = acknowledged.count.get();
                burst(app, round, template, acknowledged, 300 + random.nextInt(1500), terminate);
                if (terminate) {
                    assertThat(app.awaitExit(Duration.ofSeconds(40)))
                            .as("the app ends by itself after SIGTERM; its log ends with:%n%s", app.tail())
                            .isTrue();
                }
                app = AppProcess.start(data, AppProcess.QUICK_START, List.of());
                List<String> lost = check(new TrainerScript(app), acknowledged);
                allLost.addAll(lost);
                System.out.printf(
                        (terminate ? "sigterm" : "kill")
                                + " round %d: acknowledged %d (in all %d), checked %d, lost %d%s%n",
                        round,
                        acknowledged.count.get() - before,
                        acknowledged.count.get(),
                        acknowledged.size(),
                        lost.size(),
                        lost.isEmpty() ? "" : ": " + lost.subList(0, Math.min(10, lost.size())));
            }
        } finally {
            app.close();
        }
        System.out.printf(
                "kill test: %d rounds, %d writes acknowledged, %d values checked, %d lost, %d answers 5xx%n",
                rounds, acknowledged.count.get(), acknowledged.size(), allLost.size(), acknowledged.serverErrors.get());
        assertThat(acknowledged.unexpected).as("the writers' own failures").isEmpty();
        assertThat(allLost).as("acknowledged writes missing after a kill").isEmpty();
        assertThat(acknowledged.serverErrors.get())
                .as("5xx answers during the bursts: %s", acknowledged.serverErrorReplies)
                .isZero();
        assertThat(acknowledged.size()).as("writes checked").isGreaterThan(rounds * 50);
    }

    /**
     * Writes of every kind in parallel until each kind has had one answered and then for about this long; the caller
     * kills the app while they still run.
     */
    private void burst(
            AppProcess app, int round, byte[] template, Acknowledged acknowledged, long millis, boolean terminate)
            throws Exception {
        TrainerScript script = new TrainerScript(app);
        long assessment = script.createAssessment("Kill round " + round);
        long workshopAssessment = script.createAssessment("Workshop round " + round); // agreeing writes its responses
        acknowledged.assessments.put(assessment, "Kill round " + round);
        acknowledged.assessments.put(workshopAssessment, "Workshop round " + round);
        acknowledged.count.addAndGet(2);
        AtomicBoolean killed = new AtomicBoolean();
        CountDownLatch running = new CountDownLatch(5);
        ExecutorService writers = Executors.newFixedThreadPool(6);
        List<BiConsumer<TrainerScript, Runnable>> kinds = List.of(
                (s, answered) -> respond(
                        s, assessment, CODES.subList(0, CODES.size() / 2), round, acknowledged, killed, answered),
                (s, answered) -> respond(
                        s,
                        assessment,
                        CODES.subList(CODES.size() / 2, CODES.size()),
                        round,
                        acknowledged,
                        killed,
                        answered),
                (s, answered) -> create(s, round, acknowledged, killed, answered),
                (s, answered) -> importWorkbooks(s, template, round, acknowledged, killed, answered),
                (s, answered) -> workshop(s, workshopAssessment, round, acknowledged, killed, answered));
        for (var kind : kinds) {
            AtomicBoolean first = new AtomicBoolean(true);
            Runnable answered = () -> {
                if (first.getAndSet(false)) {
                    running.countDown();
                }
            };
            writers.submit(() -> {
                try {
                    kind.accept(new TrainerScript(app), answered);
                } catch (UncheckedIOException connectionLost) {
                    // the kill: whatever was in flight got no answer and is not counted
                } catch (RuntimeException e) {
                    acknowledged.unexpected.add(e);
                } finally {
                    answered.run(); // a kind that ended before its first answer must not hold up the kill
                }
            });
        }
        running.await(2, TimeUnit.MINUTES);
        Thread.sleep(millis);
        if (terminate) {
            app.terminate(); // requests still in flight: graceful shutdown must finish and keep them
        } else {
            app.kill(); // requests still in flight: those answered 2xx before it must all be there after the restart
        }
        killed.set(true); // the writers stop starting new requests
        writers.shutdown();
        writers.awaitTermination(1, TimeUnit.MINUTES);
    }

    /** Counts a 2xx (received before the kill, since nothing answers after it). */
    private static boolean acknowledged(Reply reply, Acknowledged acknowledged) {
        if (reply.status() >= 500) {
            acknowledged.serverErrors.incrementAndGet();
            acknowledged.serverErrorReplies.add(reply.status() + " " + reply.body());
        }
        boolean ok = reply.status() / 100 == 2;
        if (ok) {
            acknowledged.count.incrementAndGet();
        }
        return ok;
    }

    private static void respond(
            TrainerScript s,
            long assessment,
            List<String> codes,
            int round,
            Acknowledged acknowledged,
            AtomicBoolean killed,
            Runnable answered) {
        Map<String, Long> versions = new HashMap<>();
        for (int n = 0; !killed.get(); n++) {
            String code = codes.get(n % codes.size());
            int level = n % 4;
            String comment = "round " + round + " write " + n;
            Reply reply = s.trainer(
                    "PUT",
                    "/api/assessments/" + assessment + "/responses/" + code,
                    "{\"level\":" + level + ",\"comment\":\"" + comment + "\",\"version\":"
                            + versions.getOrDefault(code, 0L) + "}");
            if (acknowledged(reply, acknowledged)) {
                long version = reply.body().get("version").asLong();
                versions.put(code, version);
                acknowledged.responses.put(assessment + "/" + code, new StoredResponse(version, level, comment));
                answered.run();
            }
        }
    }

    private static void create(
            TrainerScript s, int round, Acknowledged acknowledged, AtomicBoolean killed, Runnable answered) {
        for (int n = 0; !killed.get(); n++) {
            String city = "City " + round + "-" + n;
            Reply reply = s.trainer(
                    "POST",
                    "/api/assessments",
                    "{\"scorecardId\":\"" + TrainerScript.SCORECARD + "\",\"city\":\"" + city
                            + "\",\"country\":\"Testland\",\"year\":2025}");
            if (acknowledged(reply, acknowledged)) {
                acknowledged.assessments.put(reply.body().get("id").asLong(), city);
                answered.run();
            }
        }
    }

    private static void importWorkbooks(
            TrainerScript s,
            byte[] template,
            int round,
            Acknowledged acknowledged,
            AtomicBoolean killed,
            Runnable answered) {
        for (int n = 0; !killed.get(); n++) {
            Map<String, Integer> levels = new HashMap<>();
            Map<String, String> comments = new HashMap<>();
            for (int i = 0; i < 5; i++) {
                String code = CODES.get((n * 5 + i) % CODES.size());
                levels.put(code, (n + i) % 4);
                comments.put(code, "imported " + round + "-" + n + " " + code);
            }
            String city = "Imported " + round + "-" + n;
            Reply reply = s.importWorkbook(TrainerScript.filled(template, city, levels, comments));
            if (acknowledged(reply, acknowledged)) {
                long id = reply.body().get("id").asLong();
                acknowledged.assessments.put(id, city);
                acknowledged.imports.put(id, comments);
                answered.run();
            }
        }
    }

    private static void workshop(
            TrainerScript s,
            long assessment,
            int round,
            Acknowledged acknowledged,
            AtomicBoolean killed,
            Runnable answered) {
        Reply opened = s.trainer("POST", "/api/assessments/" + assessment + "/workshops", null);
        if (!acknowledged(opened, acknowledged)) {
            return;
        }
        long workshop = opened.body().get("workshopId").asLong();
        acknowledged.workshops.put(workshop, assessment);
        answered.run();
        String joinCode = opened.body().get("joinCode").asString();
        for (int n = 0; !killed.get(); n++) {
            String name = "Participant " + round + "-" + n;
            Reply joined = s.client.anonymous(
                    "POST",
                    "/api/workshops/join",
                    "{\"joinCode\":\"" + joinCode + "\",\"name\":\"" + name + "\",\"department\":\"Planning\"}");
            if (!acknowledged(joined, acknowledged)) {
                continue;
            }
            Participant participant = new Participant(
                    workshop,
                    joined.body().get("participantId").asLong(),
                    name,
                    joined.body().get("token").asString());
            acknowledged.participants.put(participant.id(), participant);
            answered.run();
            for (int i = 0; i < 3 && !killed.get(); i++) {
                String code = CODES.get((n * 3 + i) % CODES.size());
                String comment = name + " on " + code;
                Reply answer = s.client.asParticipant(
                        participant.token(),
                        "PUT",
                        "/api/workshops/" + workshop + "/answers/" + code,
                        "{\"level\":" + (i + 1) + ",\"comment\":\"" + comment + "\"}");
                if (acknowledged(answer, acknowledged)) {
                    acknowledged.answers.put(participant.id() + "/" + code, comment);
                    answered.run();
                }
            }
            if (n < CODES.size()) { // each indicator agreed once, so what is stored is exactly what was acknowledged
                String code = CODES.get(n);
                Reply agreed = s.trainer(
                        "PUT",
                        "/api/workshops/" + workshop + "/agreed/" + code,
                        "{\"level\":" + (n % 4) + ",\"rationale\":\"agreed in round " + round + "\"}");
                if (acknowledged(agreed, acknowledged)) {
                    acknowledged.agreed.put(workshop + "/" + code, (n % 4) + " agreed in round " + round);
                    answered.run();
                }
            }
        }
    }

    /** Every acknowledged write that is not there, or not as acknowledged, described. */
    private static List<String> check(TrainerScript s, Acknowledged acknowledged) {
        List<String> lost = new ArrayList<>();
        Map<Long, Map<String, JsonNode>> stored = new HashMap<>();
        acknowledged.assessments.forEach((id, city) -> {
            Reply assessment = s.trainer("GET", "/api/assessments/" + id, null);
            if (assessment.status() != 200
                    || !city.equals(assessment.body().get("city").asString())) {
                lost.add("assessment " + id + " (" + city + "): " + assessment.status());
            }
        });
        acknowledged.responses.forEach((key, expected) -> {
            long id = Long.parseLong(key.substring(0, key.indexOf('/')));
            JsonNode response = responses(s, id, stored).get(key.substring(key.indexOf('/') + 1));
            if (response == null
                    || response.get("version").asLong() < expected.version()
                    || response.get("version").asLong() == expected.version()
                            && (response.get("level").asInt() != expected.level()
                                    || !expected.comment()
                                            .equals(response.get("comment").asString()))) {
                lost.add("response " + key + " " + expected + " stored as " + response);
            }
        });
        acknowledged.imports.forEach((id, comments) -> comments.forEach((code, comment) -> {
            JsonNode response = responses(s, id, stored).get(code);
            if (response == null || !comment.equals(response.get("comment").asString())) {
                lost.add("imported " + id + "/" + code + " stored as " + response);
            }
        }));
        Map<Long, JsonNode> summaries = new HashMap<>();
        acknowledged.workshops.keySet().forEach(wid -> {
            Reply summary = s.trainer("GET", "/api/workshops/" + wid + "/summary", null);
            if (summary.status() == 200) {
                summaries.put(wid, summary.body());
            } else {
                lost.add("workshop " + wid + ": " + summary.status());
            }
        });
        acknowledged.participants.values().forEach(participant -> {
            JsonNode summary = summaries.get(participant.workshopId());
            boolean there = summary != null
                    && summary.get("participants")
                            .valueStream()
                            .anyMatch(p -> p.get("id").asLong() == participant.id()
                                    && participant.name().equals(p.get("name").asString()));
            if (!there) {
                lost.add("participant " + participant);
            }
            Reply own = s.client.asParticipant(
                    participant.token(), "GET", "/api/workshops/" + participant.workshopId() + "/answers", null);
            Map<String, String> answered = new HashMap<>();
            if (own.status() == 200) {
                own.body()
                        .valueStream()
                        .forEach(a -> answered.put(
                                a.get("indicatorCode").asString(),
                                a.get("comment").asString()));
            }
            acknowledged.answers.forEach((key, comment) -> {
                if (key.startsWith(participant.id() + "/")
                        && !comment.equals(answered.get(key.substring(key.indexOf('/') + 1)))) {
                    lost.add("answer " + key + " (" + comment + "): " + own.status() + " "
                            + answered.get(key.substring(key.indexOf('/') + 1)));
                }
            });
        });
        acknowledged.agreed.forEach((key, expected) -> {
            JsonNode summary = summaries.get(Long.parseLong(key.substring(0, key.indexOf('/'))));
            String code = key.substring(key.indexOf('/') + 1);
            boolean there = summary != null
                    && summary.get("indicators")
                            .valueStream()
                            .anyMatch(i -> code.equals(i.get("code").asString())
                                    && expected.equals(i.get("agreed").asString() + " "
                                            + i.get("rationale").asString()));
            if (!there) {
                lost.add("agreed " + key + " (" + expected + ")");
            }
        });
        return lost;
    }

    private static Map<String, JsonNode> responses(TrainerScript s, long id, Map<Long, Map<String, JsonNode>> stored) {
        return stored.computeIfAbsent(id, assessment -> {
            Map<String, JsonNode> byCode = new HashMap<>();
            Reply reply = s.trainer("GET", "/api/assessments/" + assessment + "/responses", null);
            if (reply.status() == 200) {
                reply.body()
                        .valueStream()
                        .forEach(r -> byCode.put(r.get("indicatorCode").asString(), r));
            }
            return byCode;
        });
    }
}
