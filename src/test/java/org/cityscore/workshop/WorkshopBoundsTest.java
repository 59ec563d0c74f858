package org.cityscore.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.support.CityscoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** Workshop input within bounds: names, groups, answers and agreements, from participants and trainers alike. */
@CityscoreTest
class WorkshopBoundsTest {

    static final String LONG = "x".repeat(30_000);

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AssessmentService assessments;

    @Autowired
    WorkshopService workshops;

    Workshop openWorkshop() {
        long id = assessments
                .create(
                        new AssessmentService.NewAssessment(
                                "ecomobility-shift-plus", "Hiroshima", "Japan", 2025, null, null),
                        false)
                .id();
        return workshops.open(id);
    }

    long counts() {
        return jdbc.sql(
                        "select (select count(*) from participant) * 1000000 + (select count(*) from workshop_answer) * 1000"
                                + " + (select count(*) from workshop_group) + (select count(*) from workshop_agreement) * 100")
                .query(Long.class)
                .single();
    }

    ResultActions join(Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/workshops/join")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    ResultActions answer(String token, long wid, String code, String body) throws Exception {
        return mvc.perform(put("/api/workshops/{wid}/answers/{code}", wid, code)
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    // The bean validation of the API records answers 400 until the lead's handler makes it 422; both name the field.
    @Test
    void joiningWithATooLongNameBureauOrCodeNamesTheFieldAndAddsNobody() throws Exception {
        Workshop workshop = openWorkshop();
        long before = counts();
        join(Map.of("joinCode", workshop.joinCode(), "name", "n".repeat(300)))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        join(Map.of("joinCode", workshop.joinCode(), "name", "Li", "department", "d".repeat(201)))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.errors[0].field").value("department"));
        join(Map.of("joinCode", "C".repeat(10_000), "name", "Li"))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.errors[0].field").value("joinCode"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void theJoinPageSaysTheNameIsTooLong() throws Exception {
        Workshop workshop = openWorkshop();
        long before = counts();
        mvc.perform(post("/join")
                        .with(csrf())
                        .param("lang", "en")
                        .param("code", workshop.joinCode())
                        .param("name", "n".repeat(300)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The name has 300 characters; at most 200 fit.")));
        mvc.perform(post("/join")
                        .with(csrf())
                        .param("lang", "zh")
                        .param("code", workshop.joinCode())
                        .param("name", "n".repeat(300)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("最多只能填 200 个")));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aParticipantsAnswerWithinBoundsOrA422NamingTheField() throws Exception {
        Workshop workshop = openWorkshop();
        String token = workshops.join(workshop.joinCode(), "Li", null).token();
        long before = counts();
        for (String value : new String[] {"1e999999999", "1e20000000"}) {
            String body = answer(token, workshop.id(), "P1", "{\"value\": " + value + "}")
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("value"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(body).hasSizeLessThan(500);
        }
        answer(token, workshop.id(), "P1", "{\"value\": 1e-20}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("value"));
        answer(token, workshop.id(), "TSS 1", "{\"level\": 2.9}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("level"));
        answer(token, workshop.id(), "TSS 1", json.writeValueAsString(Map.of("level", 2, "comment", LONG)))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.errors[0].field").value("comment"));
        mvc.perform(put("/workshop/answers/{code}", "TSS 1")
                        .with(csrf())
                        .with(authentication(ParticipantTokens.authentication(
                                workshops.participantByToken(token).orElseThrow())))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("level", 2, "evidence", LONG))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("evidence"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void groupsAndAgreementsKeepTheirLimits() throws Exception {
        Workshop workshop = openWorkshop();
        long before = counts();
        mvc.perform(post("/api/workshops/{wid}/groups", workshop.id())
                        .with(user("trainer").roles("ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                json.writeValueAsString(Map.of("name", "g".repeat(201), "categories", List.of("TSS")))))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(put("/api/workshops/{wid}/agreed/{code}", workshop.id(), "TSS 1")
                        .with(user("trainer").roles("ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("level", 2, "rationale", LONG))))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.errors[0].field").value("rationale"));
        mvc.perform(put("/api/workshops/{wid}/agreed/{code}", workshop.id(), "TSS 1")
                        .with(user("trainer").roles("ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\": 2.9}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("level"));

        mvc.perform(post("/workshops/{wid}/groups", workshop.id())
                        .with(user("trainer").roles("ADMIN"))
                        .with(csrf())
                        .param("name", "g".repeat(201))
                        .param("categories", "TSS"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "The name has 201 characters; at most 200 fit. Shorten it."));
        for (String level : new String[] {"abc", "2.9"}) {
            mvc.perform(post("/workshops/{wid}/agreed/{code}", workshop.id(), "TSS 1")
                            .with(user("trainer").roles("ADMIN"))
                            .with(csrf())
                            .param("level", level)
                            .param("rationale", "agreed"))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attributeExists("problem"));
        }
        mvc.perform(post("/workshops/{wid}/agreed/{code}", workshop.id(), "TSS 1")
                        .with(user("trainer").roles("ADMIN"))
                        .with(csrf())
                        .param("level", "2")
                        .param("rationale", LONG))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "problem", "The rationale has 30000 characters; at most 20000 fit. Shorten it."));
        assertThat(counts()).isEqualTo(before);
        assertThat(assessments.response(workshop.assessmentId(), "TSS 1")).isNull();
    }
}
