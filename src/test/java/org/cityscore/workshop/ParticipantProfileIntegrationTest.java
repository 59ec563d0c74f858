package org.cityscore.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cityscore.support.CityscoreServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Every voice counted (issue 15): medians per profile group over real HTTP, and no group of fewer than 5 shown. */
@CityscoreServerTest
class ParticipantProfileIntegrationTest {

    static final List<String> CODES = List.of("P1.1", "P1.2", "P2.1", "P3.1", "P10.1");

    @LocalServerPort
    int port;

    WorkshopHttpClient client;

    @BeforeEach
    void client() {
        client = new WorkshopHttpClient("http://localhost:" + port, "trainer", "trainer-test-password");
    }

    JsonNode openWorkshop() {
        long assessmentId = client.asTrainer(
                        "POST",
                        "/api/assessments",
                        "{\"scorecardId\":\"undrr-preliminary\",\"city\":\"Ulaanbaatar\",\"year\":2025}")
                .body()
                .get("id")
                .asLong();
        WorkshopHttpClient.Reply opened =
                client.asTrainer("POST", "/api/assessments/" + assessmentId + "/workshops", null);
        assertThat(opened.status()).isEqualTo(201);
        return opened.body();
    }

    WorkshopHttpClient.Reply join(String code, String name, String profile) {
        return client.anonymous(
                "POST",
                "/api/workshops/join",
                "{\"joinCode\":\"" + code + "\",\"name\":\"" + name + "\",\"profile\":" + profile + "}");
    }

    /** Participant p's level for question q: a fixed pattern that differs between the groups. */
    static int level(int participant, int question) {
        return (participant * 5 + question * 3 + participant * question) % 4;
    }

    static double median(List<Integer> levels) {
        List<Integer> sorted = new ArrayList<>(levels);
        sorted.sort(Integer::compare);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    @Test
    void thirtyParticipantsInGroupsOf12_9_5And4ShowThreeGroupsWithTheirMediansAndHideTheFourth() {
        JsonNode workshop = openWorkshop();
        long wid = workshop.get("workshopId").asLong();
        String code = workshop.get("joinCode").asString();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put("government", 12);
        sizes.put("civil-society", 9);
        sizes.put("academia", 5);
        sizes.put("community", 4);
        Map<String, List<Integer>> members = new HashMap<>();
        int p = 0;
        for (var group : sizes.entrySet()) {
            for (int i = 0; i < group.getValue(); i++, p++) {
                WorkshopHttpClient.Reply joined =
                        join(code, "Participant " + p, "{\"sector\":\"" + group.getKey() + "\"}");
                assertThat(joined.status()).isEqualTo(201);
                String token = joined.body().get("token").asString();
                members.computeIfAbsent(group.getKey(), key -> new ArrayList<>())
                        .add(p);
                for (int q = 0; q < CODES.size(); q++) {
                    // the last participant of each group leaves the last question open: counts must follow
                    if (i == group.getValue() - 1 && q == CODES.size() - 1) {
                        continue;
                    }
                    assertThat(client.asParticipant(
                                            token,
                                            "PUT",
                                            "/api/workshops/" + wid + "/answers/" + CODES.get(q),
                                            "{\"level\":" + level(p, q) + "}")
                                    .status())
                            .isEqualTo(200);
                }
            }
        }
        assertThat(p).isEqualTo(30);

        JsonNode summary = client.asTrainer("GET", "/api/workshops/" + wid + "/summary", null)
                .body();
        assertThat(summary.get("suppressedGroups").asInt()).isEqualTo(1);
        assertThat(summary.has("fewerThanFive")).isFalse();
        Map<String, JsonNode> groups = new HashMap<>();
        for (JsonNode group : summary.get("groups")) {
            assertThat(group.get("dimension").asString()).isEqualTo("sector");
            groups.put(group.get("value").asString(), group);
        }
        assertThat(groups).containsOnlyKeys("government", "civil-society", "academia");
        for (String sector : List.of("government", "civil-society", "academia")) {
            JsonNode group = groups.get(sector);
            List<Integer> who = members.get(sector);
            assertThat(group.get("participants").asInt()).isEqualTo(who.size());
            Map<String, JsonNode> byCode = new HashMap<>();
            group.get("indicators")
                    .forEach(indicator -> byCode.put(indicator.get("code").asString(), indicator));
            for (int q = 0; q < CODES.size(); q++) {
                List<Integer> levels = new ArrayList<>();
                for (int k = 0; k < who.size(); k++) {
                    if (!(k == who.size() - 1 && q == CODES.size() - 1)) {
                        levels.add(level(who.get(k), q));
                    }
                }
                JsonNode indicator = byCode.get(CODES.get(q));
                assertThat(indicator.get("median").asDouble())
                        .as(sector + " " + CODES.get(q))
                        .isEqualTo(median(levels));
                assertThat(indicator.get("count").asInt()).isEqualTo(levels.size());
            }
            assertThat(byCode.get("P4.1").get("median").isNull()).isTrue();
            assertThat(byCode.get("P4.1").get("count").asInt()).isZero();
        }
    }

    @Test
    void anUnknownProfileValueIsRefusedNamingTheFieldAndTheAllowedValues() {
        String code = openWorkshop().get("joinCode").asString();
        WorkshopHttpClient.Reply refused = join(code, "Li", "{\"ageBand\":\"31-40\"}");
        assertThat(refused.status()).isEqualTo(422);
        JsonNode error = refused.body().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("profile.ageBand");
        assertThat(error.get("message").asString()).contains("31-40", "under-30, 30-44, 45-59, 60-plus");

        assertThat(join(code, "Li", "{\"gender\":\"woman\",\"ageBand\":\"\",\"sector\":null}")
                        .status())
                .isEqualTo(201);
        assertThat(join(code, "Bat", "null").status()).isEqualTo(201);
    }
}
