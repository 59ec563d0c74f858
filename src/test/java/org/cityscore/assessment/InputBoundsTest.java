package org.cityscore.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Map;
import org.cityscore.support.CityscoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every text has its limit and every number its bounds, the same at the API, the autosave and the page forms:
 * a refusal names the field and stores nothing, and what is stored is what was typed, in one Unicode form.
 */
@CityscoreTest
@WithMockUser(username = "trainer", roles = "ADMIN")
class InputBoundsTest {

    static final String LONG = "x".repeat(30_000);

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AssessmentService service;

    long counts() {
        return jdbc.sql("select (select count(*) from assessment) * 100000 + (select count(*) from response)")
                .query(Long.class)
                .single();
    }

    long create(String city) throws Exception {
        return create(Map.of("scorecardId", "ecomobility-shift-plus", "city", city, "year", 2025))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString()
                .transform(json::readTree)
                .get("id")
                .asLong();
    }

    ResultActions create(Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/assessments")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    ResultActions answer(long id, String code, Map<String, Object> body) throws Exception {
        return mvc.perform(put("/api/assessments/{id}/responses/{code}", id, code)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    ResultActions answerRaw(long id, String code, String body) throws Exception {
        return mvc.perform(put("/api/assessments/{id}/responses/{code}", id, code)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    // The bean validation of the API records answers 400 until the lead's handler makes it 422; both name the field.
    @Test
    void theApiRefusesEveryTextOverItsLimitNamingTheField() throws Exception {
        long id = create("Kaili");
        long before = counts();
        create(Map.of("scorecardId", "iclei-5rs", "city", "x".repeat(201), "year", 2025))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.errors[0].field").value("city"));
        create(Map.of("scorecardId", "iclei-5rs", "city", "Kaili", "year", 2025, "notes", LONG))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.errors[0].field").value("notes"));
        for (String field : new String[] {"comment", "evidence", "action", "responsible", "timescale"}) {
            answer(id, "TSS 1", Map.of("level", 2, field, LONG, "version", 0))
                    .andExpect(status().is4xxClientError())
                    .andExpect(jsonPath("$.errors[0].field").value(field));
        }
        answer(id, "TSS 1", Map.of("level", 2, "version", 0, "author", "a".repeat(191)))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.errors[0].field").value("author"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void theAutosaveOfThePageKeepsTheSameLimits() throws Exception {
        long id = create("Kaili");
        long before = counts();
        mvc.perform(put("/assessments/{id}/responses/{code}", id, "TSS 1")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("level", 2, "comment", LONG, "version", 0))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("comment"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("The comment has 30000 characters; at most 20000 fit. Shorten it."));
        mvc.perform(put("/assessments/{id}/responses/{code}", id, "TSS 1")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("level", 2, "author", "a".repeat(191), "version", 0))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("author"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void hugeOrOverPreciseValuesAreRefusedInAFewWordsAndNothingIsStored() throws Exception {
        long id = create("Kaili");
        long before = counts();
        for (String value : new String[] {"1e999999999", "1e20000000", "-1e20000000"}) {
            String body = answerRaw(id, "P1", "{\"value\": " + value + ", \"version\": 0}")
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("value"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(body).hasSizeLessThan(500);
        }
        answerRaw(id, "P1", "{\"value\": 1e-20, \"version\": 0}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("value"))
                .andExpect(jsonPath("$.errors[0].message", containsString("more than 10 decimal places")));
        assertThat(counts()).isEqualTo(before);
        answerRaw(id, "P1", "{\"value\": 55.1234567891, \"version\": 0}").andExpect(status().isOk());
        assertThat(service.response(id, "P1").value()).isEqualByComparingTo("55.1234567891");
    }

    @Test
    void aLevelWithAFractionIsRefusedNotCut() throws Exception {
        long id = create("Kaili");
        long before = counts();
        answerRaw(id, "TSS 1", "{\"level\": 2.9, \"version\": 0}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("level"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("The level must be a whole number from the scale; 2.9 is not."));
        answerRaw(id, "TSS 1", "{\"level\": 1e999999999, \"version\": 0}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("level"));
        assertThat(counts()).isEqualTo(before);
        answerRaw(id, "TSS 1", "{\"level\": 2.0, \"version\": 0}").andExpect(status().isOk());
        assertThat(service.response(id, "TSS 1").level()).isEqualTo(2);
    }

    @Test
    void textIsStoredInOneUnicodeFormWithoutInvisibleControls() throws Exception {
        long composed = create("Z\u00fcrich");
        long decomposed = create("Zu\u0308rich");
        assertThat(service.find(decomposed).city())
                .isEqualTo("Z\u00fcrich")
                .isEqualTo(service.find(composed).city());
        mvc.perform(get("/api/assessments").param("city", "Zu\u0308rich"))
                .andExpect(jsonPath("$.length()").value(2));

        answer(
                        composed,
                        "TSS 1",
                        Map.of("level", 2, "version", 0, "comment", "Plan\u0000 \u202Eadopted\u202C\r\nin 2024"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.comment").value("Plan adopted\nin 2024"));
        assertThat(service.response(composed, "TSS 1").comment()).isEqualTo("Plan adopted\nin 2024");

        mvc.perform(form("/assessments/{id}/categories/{code}", decomposed, "TSS")
                        .param("level:TSS 2", "1")
                        .param("version:TSS 2", "0")
                        .param("comment:TSS 2", "Bu\u0308ro\u0000\u2066"))
                .andExpect(status().is3xxRedirection());
        assertThat(service.response(decomposed, "TSS 2").comment()).isEqualTo("B\u00fcro");
    }

    @Test
    void theLongestAnswerFitsInItsHistory() throws Exception {
        long id = create("Kaili");
        // every quote is written as two characters in the JSON of the history row
        String quotes = "\"".repeat(20_000);
        answer(
                        id,
                        "TSS 1",
                        Map.of(
                                "level",
                                2,
                                "version",
                                0,
                                "comment",
                                quotes,
                                "evidence",
                                quotes,
                                "action",
                                quotes,
                                "responsible",
                                "\"".repeat(1000),
                                "timescale",
                                "\"".repeat(1000)))
                .andExpect(status().isOk());
        answer(
                        id,
                        "TSS 1",
                        Map.of(
                                "level",
                                3,
                                "version",
                                1,
                                "comment",
                                quotes,
                                "evidence",
                                quotes,
                                "action",
                                quotes,
                                "responsible",
                                "\"".repeat(1000),
                                "timescale",
                                "\"".repeat(1000)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/assessments/{id}/responses/{code}/history", id, "TSS 1"))
                .andExpect(jsonPath("$[0].oldValue.comment").value(quotes))
                .andExpect(jsonPath("$[0].newValue.level").value(3));
    }

    @Test
    void theNewAssessmentFormShowsTheLimitBesideTheField() throws Exception {
        long before = counts();
        mvc.perform(form("/assessments/new")
                        .param("scorecardId", "iclei-5rs")
                        .param("city", "x".repeat(201))
                        .param("year", "2025")
                        .param("notes", LONG))
                .andExpect(status().isOk())
                .andExpect(view().name("assessment/new"))
                .andExpect(model().attributeHasFieldErrors("form", "city", "notes"))
                .andExpect(content().string(containsString("At most 200 characters fit here")))
                .andExpect(content().string(containsString("At most 20000 characters fit here")));
        mvc.perform(form("/assessments/new")
                        .param("scorecardId", "iclei-5rs")
                        .param("city", "Kaili")
                        .param("year", "abc"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "year"))
                .andExpect(content().string(containsString("Type the year as four digits")));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void theEntryPageShowsAProblemForBadInputInsteadOfFailing() throws Exception {
        long id = create("Kaili");
        long before = counts();
        mvc.perform(form("/assessments/{id}/categories/{code}", id, "TSS")
                        .param("level:TSS 1", "2")
                        .param("version:TSS 1", "abc")
                        .param("level:TSS 2", "2.9")
                        .param("version:TSS 2", "0")
                        .param("level:TSS 3", "2")
                        .param("version:TSS 3", "0")
                        .param("comment:TSS 3", LONG))
                .andExpect(status().isOk())
                .andExpect(model().attribute("trouble", true))
                .andExpect(content().string(containsString("This is not a number")))
                .andExpect(content()
                        .string(containsString("The level must be a whole number from the scale; 2.9 is not.")))
                .andExpect(content().string(containsString("The comment has 30000 characters; at most 20000 fit.")));
        mvc.perform(form("/assessments/{id}/categories/{code}", id, "TSS")
                        .param("author", "a".repeat(300))
                        .param("level:TSS 1", "2")
                        .param("version:TSS 1", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The author has 300 characters; at most 90 fit.")));
        assertThat(counts()).isEqualTo(before);
    }

    static MockHttpServletRequestBuilder form(String path, Object... variables) {
        return post(path, variables).with(csrf()).param("lang", "en");
    }
}
