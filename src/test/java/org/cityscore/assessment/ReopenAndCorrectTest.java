package org.cityscore.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cityscore.support.CityscoreTest;
import org.cityscore.workshop.WorkshopService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/** Steps that can be taken back: final asks first and can be reopened with a reason, details can be corrected, all with history. */
@CityscoreTest
class ReopenAndCorrectTest {

    private static final RequestPostProcessor TRAINER = user("lin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    AssessmentService service;

    @Autowired
    WorkshopService workshops;

    private long newAssessment() {
        return service.create(
                        new AssessmentService.NewAssessment(
                                "undrr-preliminary", "Kaili", "China", 2025, "Baseline", null),
                        false)
                .id();
    }

    private ResultActions reopen(long id, String body) throws Exception {
        return mvc.perform(post("/api/assessments/{id}/reopen", id)
                .with(TRAINER)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private ResultActions correct(long id, String body) throws Exception {
        return mvc.perform(patch("/api/assessments/{id}", id)
                .with(TRAINER)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void markingFinalAsksFirstAndSaysHowManyAnswersAreMissing() throws Exception {
        long id = newAssessment();
        service.respond(id, "P1.1", new ResponseValue(2, null, false, null, null, null, null, null), 0, "lin");
        mvc.perform(get("/assessments/{id}", id).with(TRAINER).param("lang", "en"))
                .andExpect(content().string(containsString("href=\"/assessments/" + id + "/finalize/confirm\"")))
                .andExpect(content().string(not(containsString("action=\"/assessments/" + id + "/finalize\""))));
        mvc.perform(get("/assessments/{id}/finalize/confirm", id).with(TRAINER).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("46 of 47 answers are still missing")))
                .andExpect(content().string(containsString("action=\"/assessments/" + id + "/finalize\"")));
        mvc.perform(get("/assessments/{id}/finalize/confirm", id).with(TRAINER).param("lang", "zh"))
                .andExpect(content().string(containsString("47 个答案中仍有 46 个未填写")));
        assertThat(service.find(id).isFinal()).isFalse();

        mvc.perform(post("/assessments/{id}/finalize", id).with(TRAINER).with(csrf()))
                .andExpect(redirectedUrl("/assessments/" + id));
        assertThat(service.find(id).isFinal()).isTrue();
        assertThat(service.changes(id))
                .extracting(AssessmentChange::action, AssessmentChange::changedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("finalized", "lin"));
    }

    @Test
    void aTrainerReopensAFinalAssessmentWithAReasonKeptInTheHistory() throws Exception {
        long id = newAssessment();
        mvc.perform(post("/api/assessments/{id}/finalize", id).with(TRAINER))
                .andExpect(jsonPath("$.status").value("final"));

        reopen(id, "{}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        reopen(id, "{\"reason\":\"   \"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        reopen(id, "{\"reason\":\"" + "x".repeat(2001) + "\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat(service.find(id).isFinal()).isTrue();

        reopen(id, "{\"reason\":\"Essential 3 was scored before the budget figures came in\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("draft"));
        assertThat(service.find(id).isFinal()).isFalse();
        mvc.perform(get("/api/assessments/{id}/changes", id).with(TRAINER))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].action").value("reopened"))
                .andExpect(jsonPath("$[0].reason").value("Essential 3 was scored before the budget figures came in"))
                .andExpect(jsonPath("$[0].changedBy").value("lin"))
                .andExpect(jsonPath("$[0].changedAt").isString())
                .andExpect(jsonPath("$[1].action").value("finalized"));
        reopen(id, "{\"reason\":\"again\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        // a draft again: answers can change
        service.respond(id, "P1.2", new ResponseValue(3, null, false, null, null, null, null, null), 0, "lin");
        mvc.perform(get("/assessments/{id}", id).with(TRAINER).param("lang", "en"))
                .andExpect(content().string(containsString("Essential 3 was scored before the budget figures came in")))
                .andExpect(content().string(containsString("Reopened")));
    }

    @Test
    void theOverviewReopensWithAReason() throws Exception {
        long id = newAssessment();
        service.finalizeAssessment(id, "lin");
        mvc.perform(get("/assessments/{id}", id).with(TRAINER).param("lang", "en"))
                .andExpect(content().string(containsString("action=\"/assessments/" + id + "/reopen\"")));
        mvc.perform(post("/assessments/{id}/reopen", id)
                        .with(TRAINER)
                        .with(csrf())
                        .param("reason", "")
                        .param("lang", "en"))
                .andExpect(redirectedUrl("/assessments/" + id))
                .andExpect(MockMvcResultMatchers.flash()
                        .attribute(
                                "problem", "Say why the assessment is reopened; the reason is kept in its history."));
        assertThat(service.find(id).isFinal()).isTrue();
        mvc.perform(post("/assessments/{id}/reopen", id)
                        .with(TRAINER)
                        .with(csrf())
                        .param("reason", "城市要求更正"))
                .andExpect(redirectedUrl("/assessments/" + id));
        assertThat(service.find(id).isFinal()).isFalse();
        assertThat(service.changes(id).get(0).reason()).isEqualTo("城市要求更正");
    }

    @Test
    void participantsAndStrangersCannotReopenOrCorrect() throws Exception {
        long id = newAssessment();
        service.finalizeAssessment(id);
        String token = workshops
                .join(workshops.open(newAssessment()).joinCode(), "Park", null)
                .token();
        mvc.perform(post("/api/assessments/{id}/reopen", id)
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"mine now\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(patch("/api/assessments/{id}", id)
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"city\":\"Elsewhere\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/assessments/{id}/reopen", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"x\"}"))
                .andExpect(status().isUnauthorized());
        RequestPostProcessor participant = user("Park").roles("PARTICIPANT");
        mvc.perform(post("/assessments/{id}/reopen", id)
                        .with(participant)
                        .with(csrf())
                        .param("reason", "mine now"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/assessments/{id}/edit", id)
                        .with(participant)
                        .with(csrf())
                        .param("city", "Elsewhere")
                        .param("year", "2025"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/assessments/{id}/edit", id).with(participant)).andExpect(status().isForbidden());
        assertThat(service.find(id).isFinal()).isTrue();
        assertThat(service.find(id).city()).isEqualTo("Kaili");
        assertThat(service.changes(id)).hasSize(1);
    }

    @Test
    void cityCountryYearTitleAndNotesAreCorrectedWithHistory() throws Exception {
        long id = newAssessment();
        correct(id, "{\"city\":\"凯里\",\"year\":2024,\"title\":\"\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.city").value("凯里"))
                .andExpect(jsonPath("$.year").value(2024))
                .andExpect(jsonPath("$.country").value("China"))
                .andExpect(jsonPath("$.title").doesNotExist());
        mvc.perform(get("/api/assessments/{id}/changes", id).with(TRAINER))
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[?(@.field == 'city')].oldValue").value(org.hamcrest.Matchers.contains("Kaili")))
                .andExpect(jsonPath("$[?(@.field == 'city')].newValue").value(org.hamcrest.Matchers.contains("凯里")))
                .andExpect(jsonPath("$[?(@.field == 'year')].oldValue").value(org.hamcrest.Matchers.contains("2025")))
                .andExpect(
                        jsonPath("$[?(@.field == 'title')].oldValue").value(org.hamcrest.Matchers.contains("Baseline")))
                .andExpect(jsonPath("$[?(@.field == 'city')].changedBy").value(org.hamcrest.Matchers.contains("lin")));

        correct(id, "{\"city\":\"  \"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("city"));
        correct(id, "{\"year\":1800}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        correct(id, "{\"country\":\"" + "x".repeat(201) + "\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("country"));
        correct(id, "{\"city\":\"凯里\"}").andExpect(status().isOk());
        assertThat(service.changes(id)).hasSize(3);

        service.finalizeAssessment(id);
        correct(id, "{\"notes\":\"late\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        correct(99999999, "{\"city\":\"X\"}").andExpect(status().isNotFound());
    }

    @Test
    void theDetailsFormCorrectsAndTheOverviewShowsOldAndNew() throws Exception {
        long id = newAssessment();
        mvc.perform(get("/assessments/{id}/edit", id).with(TRAINER).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Kaili\"")))
                .andExpect(content().string(containsString("value=\"2025\"")));
        mvc.perform(post("/assessments/{id}/edit", id)
                        .with(TRAINER)
                        .with(csrf())
                        .param("lang", "en")
                        .param("city", "")
                        .param("country", "China")
                        .param("year", "2025"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give the city&#39;s name.")));
        mvc.perform(post("/assessments/{id}/edit", id)
                        .with(TRAINER)
                        .with(csrf())
                        .param("city", "Kaili")
                        .param("country", "中国")
                        .param("year", "2026")
                        .param("title", "Baseline")
                        .param("notes", "Year corrected: the workshop was in January 2026"))
                .andExpect(redirectedUrl("/assessments/" + id));
        Assessment corrected = service.find(id);
        assertThat(corrected.country()).isEqualTo("中国");
        assertThat(corrected.year()).isEqualTo(2026);
        assertThat(corrected.notes()).isEqualTo("Year corrected: the workshop was in January 2026");
        mvc.perform(get("/assessments/{id}", id).with(TRAINER).param("lang", "en"))
                .andExpect(content().string(containsString("History of this assessment (3)")))
                .andExpect(content().string(containsString("<del><bdi>2025</bdi></del> → <ins><bdi>2026</bdi></ins>")))
                .andExpect(content().string(containsString("<del><bdi>China</bdi></del> → <ins><bdi>中国</bdi></ins>")));
        mvc.perform(get("/assessments/{id}", id).with(TRAINER).param("lang", "zh"))
                .andExpect(content().string(containsString("此评估的历史记录（3）")))
                .andExpect(content().string(containsString("更正城市、国家、年份、标题或备注")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/assessments/{id}/edit", id).with(TRAINER).param("lang", "zh"))
                .andExpect(content().string(containsString("更正基本信息")))
                .andExpect(content().string(not(containsString("??"))));
    }
}
