package org.cityscore.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.support.CityscoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A shared phone: after "Leave this workshop" the next person starts at the join page, the old cookie and token
 * no longer sign anyone in, and the answers given stay on record for the trainer.
 */
@CityscoreTest
class LeaveWorkshopTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AssessmentService assessments;

    @Autowired
    WorkshopService workshops;

    @Test
    void afterLeavingTheDeviceIsNobodysAndTheAnswersStay() throws Exception {
        long assessment = assessments
                .create(new AssessmentService.NewAssessment("iclei-5rs", "Busan", "Korea", 2025, null, null), false)
                .id();
        Workshop workshop = workshops.open(assessment);
        MvcResult joined = mvc.perform(post("/join")
                        .with(csrf())
                        .param("code", workshop.joinCode())
                        .param("name", "Park")
                        .param("lang", "en"))
                .andExpect(redirectedUrl("/workshop"))
                .andReturn();
        Cookie comeback = joined.getResponse().getCookie(ParticipantController.COMEBACK_COOKIE);
        MockHttpSession participant = (MockHttpSession) joined.getRequest().getSession();
        mvc.perform(post("/workshop/categories/rethink")
                        .session(participant)
                        .with(csrf())
                        .param("level:RT1", "2"))
                .andExpect(redirectedUrl("/workshop/categories/rethink"));
        mvc.perform(get("/workshop").session(participant))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/workshop/leave\"")))
                .andExpect(content().string(containsString("Leave this workshop")));

        MvcResult left = mvc.perform(
                        post("/workshop/leave").session(participant).with(csrf()))
                .andExpect(redirectedUrl("/join?left"))
                .andReturn();
        Cookie deleted = left.getResponse().getCookie(ParticipantController.COMEBACK_COOKIE);
        assertThat(deleted).isNotNull();
        assertThat(deleted.getMaxAge()).isZero();
        assertThat(deleted.getPath()).isEqualTo(comeback.getPath());
        assertThat(participant.isInvalid()).isTrue();

        mvc.perform(get("/workshop").session(participant)).andExpect(redirectedUrl("/join"));
        mvc.perform(get("/join").cookie(comeback))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Park"))));
        mvc.perform(get("/join").param("left", "").param("lang", "en"))
                .andExpect(content().string(containsString("You left the workshop")));
        mvc.perform(get("/join").param("left", "").param("lang", "zh"))
                .andExpect(content().string(containsString("您已离开研讨会")));
        mvc.perform(put("/api/workshops/{wid}/answers/RT2", workshop.id())
                        .header("Authorization", "Bearer " + comeback.getValue())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\":1}"))
                .andExpect(status().isUnauthorized());

        assertThat(workshops.summary(workshop.id()).participants())
                .singleElement()
                .satisfies(p -> assertThat(p.answered()).isEqualTo(1));
    }

    @Test
    void leavingNeedsTheFormsCsrfTokenAndAParticipant() throws Exception {
        Workshop workshop = workshops.open(assessments
                .create(new AssessmentService.NewAssessment("iclei-5rs", "Busan", "Korea", 2024, null, null), false)
                .id());
        MvcResult joined = mvc.perform(post("/join")
                        .with(csrf())
                        .param("code", workshop.joinCode())
                        .param("name", "Lee"))
                .andExpect(redirectedUrl("/workshop"))
                .andReturn();
        MockHttpSession participant = (MockHttpSession) joined.getRequest().getSession();
        mvc.perform(post("/workshop/leave").session(participant)).andExpect(status().isForbidden());
        mvc.perform(get("/workshop").session(participant)).andExpect(status().isOk());
        mvc.perform(get("/join").cookie(joined.getResponse().getCookie(ParticipantController.COMEBACK_COOKIE)))
                .andExpect(redirectedUrl("/workshop"));
    }

    @Test
    void overHttpsTheComebackCookieIsSecure() throws Exception {
        Workshop workshop = workshops.open(assessments
                .create(new AssessmentService.NewAssessment("iclei-5rs", "Busan", "Korea", 2023, null, null), false)
                .id());
        Cookie secure = mvc.perform(post("/join")
                        .secure(true)
                        .with(csrf())
                        .param("code", workshop.joinCode())
                        .param("name", "Choi"))
                .andReturn()
                .getResponse()
                .getCookie(ParticipantController.COMEBACK_COOKIE);
        assertThat(secure.getSecure()).isTrue();
        assertThat(secure.isHttpOnly()).isTrue();
        Cookie plain = mvc.perform(post("/join")
                        .with(csrf())
                        .param("code", workshop.joinCode())
                        .param("name", "Jung"))
                .andReturn()
                .getResponse()
                .getCookie(ParticipantController.COMEBACK_COOKIE);
        assertThat(plain.getSecure()).isFalse();
    }
}
