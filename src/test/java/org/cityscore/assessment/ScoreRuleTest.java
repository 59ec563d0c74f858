package org.cityscore.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cityscore.scorecard.ShippedScorecards;
import org.cityscore.support.CityscoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One score with one meaning, at the API and on the results page: a {@code sum} scorecard scores its points out of
 * every applicable question, a missing answer makes the score provisional, "not applicable" leaves the maximum,
 * and a {@code weighted-mean} scorecard shows no points.
 */
@CityscoreTest
@WithMockUser(username = "trainer", roles = "ADMIN")
class ScoreRuleTest {

    /** A sum scorecard whose question B1 may be not applicable (UNDRR's questions may not). */
    static final String TALLY = """
            id: tally
            version: "1"
            languages: [en, zh]
            title: {en: "Tally", zh: "计分"}
            source: {citation: "test", note: {en: "test", zh: "test"}}
            scale: {min: 0, max: 3, labels: {0: {en: "0", zh: "0"}, 1: {en: "1", zh: "1"}, 2: {en: "2", zh: "2"}, 3: {en: "3", zh: "3"}}}
            aggregation: sum
            categories:
              - code: A
                title: {en: "A", zh: "A"}
                indicators:
                  - {code: A1, name: {en: "A1", zh: "A1"}, question: {en: "?", zh: "?"}}
                  - {code: A2, name: {en: "A2", zh: "A2"}, question: {en: "?", zh: "?"}}
              - code: B
                title: {en: "B", zh: "B"}
                indicators:
                  - {code: B1, name: {en: "B1", zh: "B1"}, question: {en: "?", zh: "?"}, notApplicableAllowed: true}
            """;

    static final String BADGE = "tag warn provisional";

    @DynamicPropertySource
    static void scorecards(DynamicPropertyRegistry registry) {
        try {
            Path folder = ShippedScorecards.copy();
            Files.writeString(folder.resolve("tally.yaml"), TALLY);
            registry.add("cityscore.scorecards-dir", folder::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Test
    void aPartialUndrrAssessmentIsItsPointsOutOf141AndProvisional() throws Exception {
        long id = create("undrr-preliminary");
        // 8 answers, 16 points: E1 3+3+2, E3 2+0 (of 4 questions), E8 3+2+1 (of 9)
        answer(id, Map.of("P1.1", 3, "P1.2", 3, "P1.3", 2, "P3.1", 2, "P3.2", 0, "P8.1", 3, "P8.2", 2, "P8.3", 1));

        JsonNode results = results(id);
        JsonNode overall = results.get("overall");
        assertThat(overall.get("points").asInt()).isEqualTo(16);
        assertThat(overall.get("maxPoints").asInt()).isEqualTo(141);
        assertThat(overall.get("percent").asDouble()).isCloseTo(100.0 * 16 / 141, within(1e-9));
        assertThat(overall.get("complete").asBoolean()).isFalse();
        assertThat(overall.get("answered").asInt()).isEqualTo(8);
        assertThat(overall.get("applicable").asInt()).isEqualTo(47);
        assertThat(overall.get("label").asString()).isEqualTo("16 / 141");
        JsonNode e3 = results.get("categories").get(2);
        assertThat(e3.get("code").asString()).isEqualTo("E3");
        assertThat(e3.get("points").asInt()).isEqualTo(2);
        assertThat(e3.get("maxPoints").asInt()).isEqualTo(12);
        assertThat(e3.get("percent").asDouble()).isCloseTo(100.0 * 2 / 12, within(1e-9));
        assertThat(e3.get("complete").asBoolean()).isFalse();
        assertThat(e3.get("applicable").asInt()).isEqualTo(4);
        assertThat(results.get("categories").get(0).get("complete").asBoolean()).isTrue();

        String page = page(id, "en");
        assertThat(page)
                .contains(
                        "16 / 141",
                        "11.3 %",
                        BADGE,
                        ">Provisional<",
                        "answered 8 of 47 applicable",
                        "2 / 12",
                        "16.7 %",
                        ">2 of 4<",
                        "M the sum of the maxima of every applicable question");
        assertThat(page(id, "zh")).contains("16 / 141", ">暂定<", "已回答 8 / 47 个适用项", "M 为所有适用问题的最高分之和");
    }

    @Test
    void nothingAnsweredIsNoScoreYetRatherThanAProvisionalZero() throws Exception {
        long id = create("undrr-preliminary");
        JsonNode overall = results(id).get("overall");
        assertThat(overall.get("percent").isNull()).isTrue();
        assertThat(overall.get("points").asInt()).isZero();
        assertThat(overall.get("complete").asBoolean()).isFalse();
        assertThat(page(id, "en"))
                .contains("0 / 141", "answered 0 of 47 applicable")
                .doesNotContain(BADGE);
    }

    @Test
    void aCompleteAssessmentIsNotProvisional() throws Exception {
        long id = create("undrr-preliminary");
        Map<String, Integer> all = new LinkedHashMap<>();
        ShippedScorecards.get("undrr-preliminary").indicators().forEach(question -> all.put(question.code(), 2));
        answer(id, all);

        JsonNode overall = results(id).get("overall");
        assertThat(overall.get("complete").asBoolean()).isTrue();
        assertThat(overall.get("answered").asInt()).isEqualTo(47);
        assertThat(overall.get("points").asInt()).isEqualTo(94);
        assertThat(overall.get("percent").asDouble()).isCloseTo(100.0 * 94 / 141, within(1e-9));
        assertThat(page(id, "en"))
                .contains("94 / 141", "66.7 %", "answered 47 of 47 applicable")
                .doesNotContain(BADGE);
    }

    @Test
    void notApplicableTakesAQuestionOutOfTheMaximum() throws Exception {
        long id = create("tally");
        answer(id, Map.of("A1", 3, "A2", 1));
        mvc.perform(put("/api/assessments/{id}/responses/{code}", id, "B1")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"notApplicable\": true}"))
                .andExpect(status().isOk());

        JsonNode overall = results(id).get("overall");
        assertThat(overall.get("points").asInt()).isEqualTo(4);
        assertThat(overall.get("maxPoints").asInt()).isEqualTo(6);
        assertThat(overall.get("percent").asDouble()).isCloseTo(100.0 * 4 / 6, within(1e-9));
        assertThat(overall.get("applicable").asInt()).isEqualTo(2);
        assertThat(overall.get("complete").asBoolean()).isTrue();
        assertThat(page(id, "en"))
                .contains("4 / 6", "66.7 %", "answered 2 of 2 applicable")
                .doesNotContain(BADGE);
    }

    @Test
    void aWeightedMeanScorecardShowsItsPercentageWithoutPoints() throws Exception {
        long id = create("iclei-5rs");
        answer(id, Map.of("RT1", 3, "RT2", 0));

        JsonNode results = results(id);
        assertThat(results.get("overall").get("percent").asDouble()).isCloseTo(50.0, within(1e-9));
        assertThat(results.get("overall").has("points")).isFalse();
        assertThat(results.get("overall").has("maxPoints")).isFalse();
        assertThat(results.get("categories").get(0).has("points")).isFalse();
        assertThat(results.get("overall").get("complete").asBoolean()).isFalse();
        String page = page(id, "en");
        assertThat(page)
                .contains("50.0 %", BADGE, "There are no points.")
                .doesNotContain(">Points<", results.get("overall").get("label").asString());
    }

    long create(String scorecardId) throws Exception {
        String body = mvc.perform(post("/api/assessments")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"scorecardId": "%s", "city": "Kaili", "country": "China", "year": 2025}
                        """.formatted(scorecardId)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    void answer(long id, Map<String, Integer> levels) throws Exception {
        for (var entry : levels.entrySet()) {
            mvc.perform(put("/api/assessments/{id}/responses/{code}", id, entry.getKey())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"level\": " + entry.getValue() + "}"))
                    .andExpect(status().isOk());
        }
    }

    JsonNode results(long id) throws Exception {
        return json.readTree(mvc.perform(get("/api/assessments/{id}/results", id))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    String page(long id, String lang) throws Exception {
        return mvc.perform(get("/assessments/{id}/results", id).param("lang", lang))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
