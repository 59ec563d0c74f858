package org.cityscore.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cityscore.support.CityscoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@CityscoreTest
@WithMockUser(username = "trainer", roles = "ADMIN")
class AssessmentApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    long create(String scorecardId, String city, int year) throws Exception {
        String body = mvc.perform(post("/api/assessments")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"scorecardId": "%s", "city": "%s", "country": "China", "year": %d, "title": "Workshop"}
                        """.formatted(scorecardId, city, year)))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    ResultActions answer(long id, String code, String body) throws Exception {
        return mvc.perform(put("/api/assessments/{id}/responses/{code}", id, code)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void createsAnAssessmentWithTheScorecardVersionAndAChineseCity() throws Exception {
        long id = create("undrr-preliminary", "凯里", 2025);
        mvc.perform(get("/api/assessments/{id}", id))
                .andExpect(jsonPath("$.city").value("凯里"))
                .andExpect(jsonPath("$.scorecardId").value("undrr-preliminary"))
                .andExpect(jsonPath("$.scorecardVersion").value("2017.1"))
                .andExpect(jsonPath("$.status").value("draft"))
                .andExpect(jsonPath("$.createdAt").isString());
        mvc.perform(get("/api/assessments")
                        .param("city", "凯里")
                        .param("scorecardId", "undrr-preliminary")
                        .param("year", "2025"))
                .andExpect(jsonPath("$[?(@.id == " + id + ")]").exists());
        mvc.perform(get("/api/assessments").param("city", "凯里").param("year", "1999"))
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void refusesAnAssessmentWithoutCityOrWithAnUnknownScorecard() throws Exception {
        mvc.perform(post("/api/assessments")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scorecardId\":\"undrr-preliminary\",\"year\":2025}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("city"));
        mvc.perform(post("/api/assessments")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scorecardId\":\"nope\",\"city\":\"X\",\"year\":2025}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("scorecardId"));
    }

    @Test
    void storesAResponseWithItsNewVersionAndKeepsTheHistory() throws Exception {
        long id = create("undrr-preliminary", "Kaili", 2025);
        answer(
                        id,
                        "P1.1",
                        "{\"level\": 2, \"comment\": \"规划已通过\", \"action\": \"Integrate DRR\", \"responsible\": \"Planning bureau\", \"timescale\": \"2026\", \"version\": 0, \"author\": \"Li\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicatorCode").value("P1.1"))
                .andExpect(jsonPath("$.level").value(2))
                .andExpect(jsonPath("$.comment").value("规划已通过"))
                .andExpect(jsonPath("$.responsible").value("Planning bureau"))
                .andExpect(jsonPath("$.version").value(1));
        answer(id, "P1.1", "{\"level\": 3, \"comment\": \"规划已通过\", \"version\": 1, \"author\": \"Wang\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2));
        mvc.perform(get("/api/assessments/{id}/responses/P1.1/history", id))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].version").value(2))
                .andExpect(jsonPath("$[0].changedBy").value("trainer (Wang)"))
                .andExpect(jsonPath("$[0].oldValue.level").value(2))
                .andExpect(jsonPath("$[0].newValue.level").value(3))
                .andExpect(jsonPath("$[1].oldValue").doesNotExist());
    }

    @Test
    void twoClientsWithTheSameVersionGetOne200AndOne409AndTheFirstValueStays() throws Exception {
        long id = create("undrr-preliminary", "Kaili", 2024);
        answer(id, "P2.1", "{\"level\": 1, \"version\": 0}").andExpect(status().isOk());
        answer(id, "P2.1", "{\"level\": 3, \"comment\": \"first\", \"version\": 1}")
                .andExpect(status().isOk());
        answer(id, "P2.1", "{\"level\": 0, \"comment\": \"second\", \"version\": 1}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("version"))
                .andExpect(jsonPath("$.current.level").value(3))
                .andExpect(jsonPath("$.current.version").value(2));
        mvc.perform(get("/api/assessments/{id}/results", id))
                .andExpect(jsonPath("$.indicators[?(@.code == 'P2.1')].level").value(3));
    }

    @Test
    void refusesLevelsOffTheScaleUnknownIndicatorsAndFinalAssessmentsWith422() throws Exception {
        long id = create("undrr-preliminary", "Kaili", 2023);
        answer(id, "P3.2", "{\"level\": 7, \"version\": 0}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("level"))
                .andExpect(
                        jsonPath("$.errors[0].message").value("Level 7 is outside 0–3 for P3.2; choose 0, 1, 2 or 3."));
        answer(id, "P99.9", "{\"level\": 1}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("indicatorCode"));
        mvc.perform(post("/api/assessments/{id}/finalize", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("final"));
        answer(id, "P3.2", "{\"level\": 1, \"version\": 0}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    /** The API speaks English whatever the client's Accept-Language: its refusals and bean validation's messages alike. */
    @Test
    void refusalsAreEnglishWhateverTheAcceptLanguage() throws Exception {
        long id = create("undrr-preliminary", "Kaili", 2021);
        mvc.perform(put("/api/assessments/{id}/responses/{code}", id, "P99.9")
                        .header("Accept-Language", "zh")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\": 1}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("There is no indicator P99.9 in undrr-preliminary version 2017.1."));
        mvc.perform(put("/api/assessments/{id}/responses/{code}", id, "P3.2")
                        .header("Accept-Language", "zh")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\": 2.5}"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("The level must be a whole number from the scale; 2.5 is not."));
        mvc.perform(post("/api/assessments")
                        .header("Accept-Language", "zh")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scorecardId\": \"undrr-preliminary\", \"city\": \" \", \"year\": 2300}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'city')].message").value("Give the city's name."))
                .andExpect(jsonPath("$.errors[?(@.field == 'year')].message")
                        .value("The year must lie between 1900 and 2200."));
        mvc.perform(post("/api/assessments")
                        .header("Accept-Language", "zh")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scorecardId\": \"nope\", \"city\": \"Kaili\", \"year\": 2025}"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value(org.hamcrest.Matchers.startsWith("There is no scorecard 'nope'. Choose one of: ")));
        mvc.perform(get("/api/assessments/{id}", 999_999).header("Accept-Language", "zh"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("There is no assessment 999999; it may have been deleted."));
    }

    @Test
    void resultsGiveOverallCategoriesAndIndicatorsWithTheContractFieldNames() throws Exception {
        long id = create("undrr-preliminary", "Kaili", 2022);
        answer(id, "P1.1", "{\"level\": 3}").andExpect(status().isOk());
        answer(id, "P1.2", "{\"level\": 2}").andExpect(status().isOk());
        answer(id, "P2.1", "{\"level\": 1}").andExpect(status().isOk());
        String body = mvc.perform(get("/api/assessments/{id}/results", id).param("lang", "zh"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode results = json.readTree(body);
        // sum rule: 6 points out of the 141 of every applicable question, not out of the 9 answered
        assertThat(results.get("overall").get("percent").asDouble())
                .isCloseTo(100.0 * 6 / 141, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(results.get("overall").get("total").asInt()).isEqualTo(6);
        assertThat(results.get("overall").get("max").asInt()).isEqualTo(141);
        assertThat(results.get("overall").has("band")).isTrue();
        assertThat(results.get("answered").asInt()).isEqualTo(3);
        assertThat(results.get("total").asInt()).isEqualTo(47);
        JsonNode e1 = results.get("categories").get(0);
        assertThat(e1.get("code").asString()).isEqualTo("E1");
        assertThat(e1.get("title").asString()).isEqualTo("组织协调，增强灾害韧性");
        assertThat(e1.get("percent").asDouble()).isCloseTo(100.0 * 5 / 9, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(e1.get("answered").asInt()).isEqualTo(2);
        assertThat(e1.get("notApplicable").asInt()).isZero();
        assertThat(e1.get("missing").asInt()).isEqualTo(1);
        assertThat(results.get("categories").get(2).get("percent").isNull()).isTrue();
        JsonNode p11 = results.get("indicators").get(0);
        assertThat(p11.get("code").asString()).isEqualTo("P1.1");
        assertThat(p11.get("level").asInt()).isEqualTo(3);
        assertThat(p11.has("value")).isTrue();
        assertThat(p11.get("percent").asDouble()).isEqualTo(100.0);
    }

    @Test
    void deletesAnAssessmentWithItsResponses() throws Exception {
        long id = create("iclei-5rs", "Sapporo", 2025);
        answer(id, "RC4", "{\"value\": 31.5}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value(31.5));
        mvc.perform(delete("/api/assessments/{id}", id)).andExpect(status().isNoContent());
        mvc.perform(get("/api/assessments/{id}", id))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }
}
