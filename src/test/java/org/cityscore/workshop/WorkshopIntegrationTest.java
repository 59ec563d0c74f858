package org.cityscore.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cityscore.scorecard.Indicator;
import org.cityscore.scorecard.ShippedScorecards;
import org.cityscore.support.CityscoreServerTest;
import org.cityscore.support.SlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A workshop over real HTTP: many participants at once, their rights, the summary and the agreed levels. */
@CityscoreServerTest
class WorkshopIntegrationTest {

    static final List<String> UNDRR = undrrCodes();

    @LocalServerPort
    int port;

    WorkshopHttpClient client;

    @BeforeEach
    void client() {
        client = new WorkshopHttpClient("http://localhost:" + port, "trainer", "trainer-test-password");
    }

    long assessment() {
        return client.asTrainer(
                        "POST",
                        "/api/assessments",
                        "{\"scorecardId\":\"undrr-preliminary\",\"city\":\"凯里\",\"year\":2025}")
                .body()
                .get("id")
                .asLong();
    }

    JsonNode open(long assessmentId) {
        WorkshopHttpClient.Reply opened =
                client.asTrainer("POST", "/api/assessments/" + assessmentId + "/workshops", null);
        assertThat(opened.status()).isEqualTo(201);
        return opened.body();
    }

    String join(String code, String name) {
        WorkshopHttpClient.Reply joined = client.anonymous(
                "POST",
                "/api/workshops/join",
                "{\"joinCode\":\"" + code + "\",\"name\":\"" + name + "\",\"department\":\"应急管理局\"}");
        assertThat(joined.status()).isEqualTo(201);
        return joined.body().get("token").asString();
    }

    /** Participant p's level for question q: a fixed pattern, so the expected medians can be computed here. */
    static int level(int participant, int question) {
        return (participant * 7 + question * 3 + participant * question) % 4;
    }

    @Test
    @SlowTest // 1,880 answers over HTTP
    void fortyParticipantsAnswerAll47QuestionsInParallelAndEveryAnswerIsKept() throws Exception {
        long assessmentId = assessment();
        JsonNode workshop = open(assessmentId);
        long wid = workshop.get("workshopId").asLong();
        String code = workshop.get("joinCode").asString();
        int participants = 40;
        List<String> tokens = new ArrayList<>();
        for (int p = 0; p < participants; p++) {
            tokens.add(join(code, "Participant " + p));
        }
        ExecutorService pool = Executors.newFixedThreadPool(participants);
        List<Future<Integer>> stored = new ArrayList<>();
        for (int p = 0; p < participants; p++) {
            int participant = p;
            stored.add(pool.submit(() -> {
                int ok = 0;
                for (int q = 0; q < UNDRR.size(); q++) {
                    WorkshopHttpClient.Reply reply = client.asParticipant(
                            tokens.get(participant),
                            "PUT",
                            "/api/workshops/" + wid + "/answers/" + UNDRR.get(q),
                            "{\"level\": " + level(participant, q) + ", \"comment\": \"p" + participant + "\"}");
                    ok += reply.status() == 200 ? 1 : 0;
                }
                return ok;
            }));
        }
        int accepted = 0;
        for (Future<Integer> result : stored) {
            accepted += result.get();
        }
        pool.shutdown();
        assertThat(accepted).isEqualTo(1880);

        JsonNode summary = client.asTrainer("GET", "/api/workshops/" + wid + "/summary", null)
                .body();
        assertThat(summary.get("participants")).hasSize(participants);
        int answers = 0;
        for (JsonNode participant : summary.get("participants")) {
            answers += participant.get("answered").asInt();
        }
        assertThat(answers).isEqualTo(1880);
        Map<String, JsonNode> byCode = new HashMap<>();
        summary.get("indicators")
                .forEach(indicator -> byCode.put(indicator.get("code").asString(), indicator));
        for (int q = 0; q < UNDRR.size(); q++) {
            List<Integer> levels = new ArrayList<>();
            for (int p = 0; p < participants; p++) {
                levels.add(level(p, q));
            }
            levels.sort(Integer::compare);
            double median = (levels.get(19) + levels.get(20)) / 2.0;
            JsonNode indicator = byCode.get(UNDRR.get(q));
            assertThat(indicator.get("median").asDouble()).as(UNDRR.get(q)).isEqualTo(median);
            assertThat(indicator.get("spread").asInt()).isEqualTo(levels.get(39) - levels.get(0));
            int zeros = (int) levels.stream().filter(l -> l == 0).count();
            assertThat(indicator.get("counts").get("0").asInt()).isEqualTo(zeros);
        }
    }

    @Test
    void aParticipantCannotAnswerElsewhereAfterClosingOrAsATrainer() {
        long assessmentId = assessment();
        JsonNode first = open(assessmentId);
        JsonNode second = open(assessmentId);
        String token = join(first.get("joinCode").asString(), "Li");
        long wid = first.get("workshopId").asLong();
        assertThat(client.asParticipant(token, "PUT", "/api/workshops/" + wid + "/answers/P1.1", "{\"level\":2}")
                        .status())
                .isEqualTo(200);
        assertThat(client.asParticipant(
                                token,
                                "PUT",
                                "/api/workshops/" + second.get("workshopId").asLong() + "/answers/P1.1",
                                "{\"level\":2}")
                        .status())
                .isEqualTo(403);
        assertThat(client.asParticipant(token, "GET", "/api/workshops/" + wid + "/summary", null)
                        .status())
                .isEqualTo(403);
        assertThat(client.asParticipant(token, "GET", "/api/assessments/" + assessmentId, null)
                        .status())
                .isEqualTo(403);
        assertThat(client.asParticipant(
                                token, "PUT", "/api/assessments/" + assessmentId + "/responses/P1.1", "{\"level\":3}")
                        .status())
                .isEqualTo(403);
        assertThat(client.asParticipant(
                                "made-up-token", "PUT", "/api/workshops/" + wid + "/answers/P1.1", "{\"level\":2}")
                        .status())
                .isEqualTo(401);
        assertThat(client.asParticipant(token, "PUT", "/api/workshops/" + wid + "/answers/P1.1", "{\"level\":9}")
                        .status())
                .isEqualTo(422);
        assertThat(client.asTrainer("POST", "/api/workshops/" + wid + "/close", null)
                        .status())
                .isEqualTo(200);
        WorkshopHttpClient.Reply closed =
                client.asParticipant(token, "PUT", "/api/workshops/" + wid + "/answers/P1.1", "{\"level\":1}");
        assertThat(closed.status()).isEqualTo(403);
        assertThat(closed.body().get("errors").get(0).get("message").asString()).contains("closed");
        assertThat(client.anonymous(
                                "POST",
                                "/api/workshops/join",
                                "{\"joinCode\":\"" + first.get("joinCode").asString() + "\",\"name\":\"Late\"}")
                        .status())
                .isEqualTo(422);
    }

    @Test
    void onlyTheAgreedLevelFeedsTheResults() {
        long assessmentId = assessment();
        JsonNode workshop = open(assessmentId);
        long wid = workshop.get("workshopId").asLong();
        String a = join(workshop.get("joinCode").asString().toLowerCase(), "A");
        String b = join(workshop.get("joinCode").asString(), "B");
        client.asParticipant(a, "PUT", "/api/workshops/" + wid + "/answers/P2.1", "{\"level\":0}");
        client.asParticipant(b, "PUT", "/api/workshops/" + wid + "/answers/P2.1", "{\"level\":3}");
        JsonNode before = client.asTrainer("GET", "/api/assessments/" + assessmentId + "/results", null)
                .body();
        assertThat(before.get("answered").asInt()).isZero();
        JsonNode summary = client.asTrainer("GET", "/api/workshops/" + wid + "/summary", null)
                .body();
        JsonNode p21 = summary.get("indicators").get(3);
        assertThat(p21.get("code").asString()).isEqualTo("P2.1");
        assertThat(p21.get("spread").asInt()).isEqualTo(3);
        assertThat(p21.get("flagged").asBoolean()).isTrue();
        assertThat(p21.get("median").asDouble()).isEqualTo(1.5);
        assertThat(p21.get("agreed").isNull()).isTrue();

        WorkshopHttpClient.Reply agreed = client.asTrainer(
                "PUT",
                "/api/workshops/" + wid + "/agreed/P2.1",
                "{\"level\":2,\"rationale\":\"Hazard maps exist but are outdated\"}");
        assertThat(agreed.status()).isEqualTo(200);
        JsonNode after = client.asTrainer("GET", "/api/assessments/" + assessmentId + "/results", null)
                .body();
        assertThat(after.get("answered").asInt()).isEqualTo(1);
        assertThat(after.get("overall").get("label").asString()).isEqualTo("2 / 141");
        assertThat(client.asTrainer("GET", "/api/workshops/" + wid + "/summary", null)
                        .body()
                        .get("indicators")
                        .get(3)
                        .get("agreed")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void aGroupScoresOnlyTheCategoriesTheTrainerAssignedToIt() {
        long assessmentId = assessment();
        JsonNode workshop = open(assessmentId);
        long wid = workshop.get("workshopId").asLong();
        WorkshopHttpClient.Reply group = client.asTrainer(
                "POST",
                "/api/workshops/" + wid + "/groups",
                "{\"name\":\"Governance and finance\",\"categories\":[\"E1\",\"E3\"]}");
        assertThat(group.status()).isEqualTo(201);
        assertThat(client.asTrainer(
                                "POST", "/api/workshops/" + wid + "/groups", "{\"name\":\"Empty\",\"categories\":[]}")
                        .status())
                .isEqualTo(422);
        String token = client.anonymous(
                        "POST",
                        "/api/workshops/join",
                        "{\"joinCode\":\"" + workshop.get("joinCode").asString() + "\",\"name\":\"Zhao\",\"groupId\":"
                                + group.body().get("id").asLong() + "}")
                .body()
                .get("token")
                .asString();
        assertThat(client.asParticipant(token, "PUT", "/api/workshops/" + wid + "/answers/P3.2", "{\"level\":1}")
                        .status())
                .isEqualTo(200);
        WorkshopHttpClient.Reply outside =
                client.asParticipant(token, "PUT", "/api/workshops/" + wid + "/answers/P2.1", "{\"level\":1}");
        assertThat(outside.status()).isEqualTo(403);
        assertThat(outside.body().get("errors").get(0).get("message").asString())
                .contains("Governance and finance")
                .contains("E2");
        JsonNode participant = client.asTrainer("GET", "/api/workshops/" + wid + "/summary", null)
                .body()
                .get("participants")
                .get(0);
        assertThat(participant.get("group").asString()).isEqualTo("Governance and finance");
        assertThat(participant.get("answered").asInt()).isEqualTo(1);
    }

    private static List<String> undrrCodes() {
        return ShippedScorecards.get("undrr-preliminary")
                .indicators()
                .map(Indicator::code)
                .toList();
    }
}
