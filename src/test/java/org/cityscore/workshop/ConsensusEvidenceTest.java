package org.cityscore.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.ResponseValue;
import org.cityscore.support.CityscoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Agreeing a level keeps the evidence; the trainer sees who said what; a closed workshop asks first and reopens. */
@CityscoreTest
class ConsensusEvidenceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AssessmentService assessments;

    @Autowired
    WorkshopService workshops;

    private Workshop openWorkshop() {
        long id = assessments
                .create(new AssessmentService.NewAssessment("iclei-5rs", "Hiroshima", "Japan", 2025, null, null), false)
                .id();
        return workshops.open(id);
    }

    private ResultActions agree(Workshop workshop, String body) throws Exception {
        return mvc.perform(put("/api/workshops/{wid}/agreed/RT1", workshop.id())
                .with(user("trainer").roles("ADMIN"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private String join(Workshop workshop, String name, String department, int level, String comment) {
        WorkshopService.Joined joined = workshops.join(workshop.joinCode(), name, department);
        workshops.answer(
                new ParticipantPrincipal(joined.participant().id(), workshop.id(), name),
                workshop.id(),
                "RT1",
                new ResponseValue(level, null, false, comment, null, null, null, null));
        return joined.token();
    }

    @Test
    void anAgreedLevelLeavesTheCommentEvidenceAndActionPlanIntact() throws Exception {
        Workshop workshop = openWorkshop();
        long id = workshop.assessmentId();
        assessments.respond(
                id,
                "RT1",
                new ResponseValue(
                        1,
                        null,
                        false,
                        "Strategy drafted by the environment bureau",
                        "Council minutes 2024-11",
                        "Adopt the strategy",
                        "Environment bureau",
                        "2026"),
                0,
                "trainer");

        agree(workshop, "{\"level\":2,\"rationale\":\"All agree\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rationale").value("All agree"));
        mvc.perform(get("/api/assessments/{id}/responses", id)
                        .with(user("trainer").roles("ADMIN")))
                .andExpect(jsonPath("$[0].indicatorCode").value("RT1"))
                .andExpect(jsonPath("$[0].level").value(2))
                .andExpect(jsonPath("$[0].comment").value("Strategy drafted by the environment bureau"))
                .andExpect(jsonPath("$[0].evidence").value("Council minutes 2024-11"))
                .andExpect(jsonPath("$[0].action").value("Adopt the strategy"))
                .andExpect(jsonPath("$[0].responsible").value("Environment bureau"))
                .andExpect(jsonPath("$[0].version").value(2))
                .andExpect(jsonPath("$[0].agreedRationale").value("All agree"));
        mvc.perform(get("/api/assessments/{id}/results", id)
                        .with(user("trainer").roles("ADMIN")))
                .andExpect(jsonPath("$.indicators[?(@.code == 'RT1')].agreedRationale")
                        .value("All agree"))
                .andExpect(jsonPath("$.indicators[?(@.code == 'RT2')].agreedRationale")
                        .value(org.hamcrest.Matchers.contains((Object) null)));

        // an empty "Why" erases nothing: not the comment, and the new agreement simply has no rationale
        agree(workshop, "{\"level\":3,\"rationale\":\"\"}").andExpect(status().isOk());
        assertThat(assessments.response(id, "RT1").comment()).isEqualTo("Strategy drafted by the environment bureau");
        assertThat(assessments.response(id, "RT1").evidence()).isEqualTo("Council minutes 2024-11");
        assertThat(assessments.response(id, "RT1").level()).isEqualTo(3);
        mvc.perform(get("/api/assessments/{id}/responses", id)
                        .with(user("trainer").roles("ADMIN")))
                .andExpect(jsonPath("$[0].agreedRationale").doesNotExist());
    }

    @Test
    void agreeingOnThePageWithAnEmptyWhyKeepsTheComment() throws Exception {
        Workshop workshop = openWorkshop();
        long id = workshop.assessmentId();
        assessments.respond(
                id,
                "RT1",
                new ResponseValue(null, null, false, "Asked the planning bureau", null, null, null, null),
                0,
                "trainer");
        mvc.perform(post("/workshops/{wid}/agreed/RT1", workshop.id())
                        .with(user("trainer").roles("ADMIN"))
                        .with(csrf())
                        .param("level", "2")
                        .param("rationale", ""))
                .andExpect(redirectedUrl("/workshops/" + workshop.id() + "#agree-RT1"));
        assertThat(assessments.response(id, "RT1").level()).isEqualTo(2);
        assertThat(assessments.response(id, "RT1").comment()).isEqualTo("Asked the planning bureau");
    }

    @Test
    void theTrainerSeesWhoSaidWhatAndParticipantsDoNot() throws Exception {
        Workshop workshop = openWorkshop();
        String token = join(workshop, "佐藤", "環境局", 3, "循環戦略は採択済み");
        join(workshop, "Kim", null, 1, "Only a draft so far");

        mvc.perform(get("/api/workshops/{wid}/answers/RT1", workshop.id())
                        .with(user("trainer").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[?(@.name == '佐藤')].level").value(org.hamcrest.Matchers.contains(3)))
                .andExpect(jsonPath("$[?(@.name == '佐藤')].department").value(org.hamcrest.Matchers.contains("環境局")))
                .andExpect(jsonPath("$[?(@.name == '佐藤')].comment").value(org.hamcrest.Matchers.contains("循環戦略は採択済み")))
                .andExpect(jsonPath("$[?(@.name == 'Kim')].comment")
                        .value(org.hamcrest.Matchers.contains("Only a draft so far")));
        mvc.perform(get("/api/workshops/{wid}/answers/RT1", workshop.id()).header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/workshops/{wid}/answers/NOPE", workshop.id())
                        .with(user("trainer").roles("ADMIN")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("indicatorCode"));

        mvc.perform(get("/workshops/{wid}", workshop.id())
                        .with(user("trainer").roles("ADMIN"))
                        .param("lang", "en"))
                .andExpect(content().string(containsString("Who said what (2)")))
                .andExpect(content().string(containsString("循環戦略は採択済み")))
                .andExpect(content().string(containsString("Only a draft so far")));
        assertThat(workshops.commentsFor(workshop.assessmentId()))
                .extracting(AnswerBy::name)
                .containsExactly("Kim", "佐藤");
    }

    @Test
    void aParticipantWhoChoseAnonymityIsShownWithoutTheirName() throws Exception {
        Workshop workshop = openWorkshop();
        mvc.perform(get("/join").param("code", workshop.joinCode()).param("lang", "en"))
                .andExpect(content().string(containsString("name=\"anonymous\"")));
        String body = mvc.perform(post("/api/workshops/join")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"joinCode\":\"" + workshop.joinCode()
                                + "\",\"name\":\"Chen Wei\",\"department\":\"Finance\",\"anonymous\":true}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String token = body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        mvc.perform(put("/api/workshops/{wid}/answers/RT1", workshop.id())
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\":0,\"comment\":\"The budget is not there\"}"))
                .andExpect(status().isOk());
        join(workshop, "Kim", null, 1, "Named comment");

        mvc.perform(get("/api/workshops/{wid}/answers/RT1", workshop.id())
                        .with(user("trainer").roles("ADMIN")))
                .andExpect(jsonPath("$[?(@.comment == 'The budget is not there')].anonymous")
                        .value(org.hamcrest.Matchers.contains(true)))
                .andExpect(jsonPath("$[?(@.comment == 'The budget is not there')].name")
                        .isEmpty())
                .andExpect(jsonPath("$[?(@.comment == 'The budget is not there')].department")
                        .value(org.hamcrest.Matchers.contains("Finance")))
                .andExpect(jsonPath("$[?(@.comment == 'Named comment')].name")
                        .value(org.hamcrest.Matchers.contains("Kim")));
        mvc.perform(get("/workshops/{wid}", workshop.id())
                        .with(user("trainer").roles("ADMIN"))
                        .param("lang", "en"))
                .andExpect(content().string(containsString("<strong><bdi>anonymous</bdi></strong>")))
                .andExpect(content().string(containsString("The budget is not there")));
        assertThat(workshops.commentsFor(workshop.assessmentId()))
                .filteredOn(AnswerBy::anonymous)
                .singleElement()
                .satisfies(answer -> assertThat(answer.name()).isNull());
    }

    @Test
    void closingAsksFirstAndAClosedWorkshopReopens() throws Exception {
        Workshop workshop = openWorkshop();
        String token = join(workshop, "Park", null, 2, null);
        mvc.perform(get("/workshops/{wid}", workshop.id())
                        .with(user("trainer").roles("ADMIN"))
                        .param("lang", "en"))
                .andExpect(content().string(containsString("href=\"/workshops/" + workshop.id() + "/close/confirm\"")))
                .andExpect(content().string(not(containsString("action=\"/workshops/" + workshop.id() + "/close\""))));
        mvc.perform(get("/workshops/{wid}/close/confirm", workshop.id())
                        .with(user("trainer").roles("ADMIN"))
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Close the workshop?")))
                .andExpect(content().string(containsString("The 1 participant(s) can then read their answers")))
                .andExpect(content().string(containsString("action=\"/workshops/" + workshop.id() + "/close\"")));
        assertThat(workshops.find(workshop.id()).open()).isTrue();

        mvc.perform(post("/workshops/{wid}/close", workshop.id())
                        .with(user("trainer").roles("ADMIN"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/workshops/" + workshop.id()));
        assertThat(workshops.find(workshop.id()).open()).isFalse();
        mvc.perform(post("/api/workshops/{wid}/reopen", workshop.id()).header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());
        mvc.perform(post("/workshops/{wid}/reopen", workshop.id())
                        .with(user("Park").roles("PARTICIPANT"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(workshops.find(workshop.id()).open()).isFalse();
        mvc.perform(get("/workshops/{wid}", workshop.id())
                        .with(user("trainer").roles("ADMIN"))
                        .param("lang", "zh"))
                .andExpect(content().string(containsString("重新开放研讨会")))
                .andExpect(content().string(not(containsString("??"))));

        mvc.perform(post("/workshops/{wid}/reopen", workshop.id())
                        .with(user("trainer").roles("ADMIN"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/workshops/" + workshop.id()));
        assertThat(workshops.find(workshop.id()).open()).isTrue();
        mvc.perform(put("/api/workshops/{wid}/answers/RT1", workshop.id())
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\":3}"))
                .andExpect(status().isOk());

        workshops.close(workshop.id());
        mvc.perform(post("/api/workshops/{wid}/reopen", workshop.id())
                        .with(user("trainer").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.open").value(true));
        assessments.finalizeAssessment(workshop.assessmentId());
        workshops.close(workshop.id());
        mvc.perform(post("/api/workshops/{wid}/reopen", workshop.id())
                        .with(user("trainer").roles("ADMIN")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(post("/api/workshops/999999/reopen").with(user("trainer").roles("ADMIN")))
                .andExpect(status().isNotFound());
    }
}
