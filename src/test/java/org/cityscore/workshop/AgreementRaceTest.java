package org.cityscore.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cityscore.support.CityscoreServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Trainers agreeing the same indicator at the same moment, over real HTTP; and agreeing on a final assessment. */
@CityscoreServerTest
class AgreementRaceTest {

    static final String CODE = "P1.1";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    WorkshopHttpClient client;

    @BeforeEach
    void client() {
        client = new WorkshopHttpClient("http://localhost:" + port, "trainer", "trainer-test-password");
    }

    long[] assessmentWithWorkshop() {
        long assessment = client.asTrainer(
                        "POST",
                        "/api/assessments",
                        "{\"scorecardId\":\"undrr-preliminary\",\"city\":\"Kaili\",\"year\":2025}")
                .body()
                .get("id")
                .asLong();
        WorkshopHttpClient.Reply opened =
                client.asTrainer("POST", "/api/assessments/" + assessment + "/workshops", null);
        assertThat(opened.status()).isEqualTo(201);
        return new long[] {assessment, opened.body().get("workshopId").asLong()};
    }

    @Test
    void eightTrainersAgreeingOneIndicatorAtOnceAllSucceedAndOneAgreementIsStored() throws Exception {
        long[] ids = assessmentWithWorkshop();
        long wid = ids[1];
        int trainers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(trainers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int t = 0; t < trainers; t++) {
            int level = t % 4;
            statuses.add(pool.submit(() -> {
                start.await();
                return client.asTrainer(
                                "PUT",
                                "/api/workshops/" + wid + "/agreed/" + CODE,
                                "{\"level\":" + level + ",\"rationale\":\"round " + level + "\"}")
                        .status();
            }));
        }
        start.countDown();
        for (Future<Integer> status : statuses) {
            assertThat(status.get()).isEqualTo(200);
        }
        pool.shutdown();

        assertThat(jdbc.sql("select count(*) from workshop_agreement where workshop_id = ? and indicator_code = ?")
                        .params(wid, CODE)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        int agreed = jdbc.sql("select level from workshop_agreement where workshop_id = ? and indicator_code = ?")
                .params(wid, CODE)
                .query(Integer.class)
                .single();
        // the assessment's answer is the agreement that was stored last, not one of the others
        JsonNode responses = client.asTrainer("GET", "/api/assessments/" + ids[0] + "/responses", null)
                .body();
        JsonNode answer = null;
        for (JsonNode response : responses) {
            answer = CODE.equals(response.get("indicatorCode").asString()) ? response : answer;
        }
        assertThat(answer).isNotNull();
        assertThat(answer.get("level").asInt()).isEqualTo(agreed);
    }

    @Test
    void agreeingOnAFinalAssessmentIs422WithASentence() {
        long[] ids = assessmentWithWorkshop();
        assertThat(client.asTrainer("POST", "/api/assessments/" + ids[0] + "/finalize", null)
                        .status())
                .isEqualTo(200);
        WorkshopHttpClient.Reply refused =
                client.asTrainer("PUT", "/api/workshops/" + ids[1] + "/agreed/" + CODE, "{\"level\":2}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("status");
        assertThat(refused.body().get("errors").get(0).get("message").asString())
                .contains("final");
        assertThat(jdbc.sql("select count(*) from workshop_agreement where workshop_id = ?")
                        .param(ids[1])
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
