package org.cityscore.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.ResponseValue;
import org.cityscore.support.CityscoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The profile on the join form, and the medians per group on the trainer's page (issue 15). */
@CityscoreTest
class ParticipantProfilePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AssessmentService assessments;

    @Autowired
    WorkshopService workshops;

    Workshop openWorkshop() {
        long id = assessments
                .create(
                        new AssessmentService.NewAssessment(
                                "undrr-preliminary", "Darkhan", "Mongolia", 2025, null, null),
                        false)
                .id();
        return workshops.open(id);
    }

    @Test
    void theJoinFormOffersTheProfileInTheReadersLanguageAndKeepsIt() throws Exception {
        Workshop workshop = openWorkshop();
        mvc.perform(get("/join").param("lang", "mn"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"ageBand\"")))
                .andExpect(content().string(containsString("value=\"prefer-not-to-say\"")))
                .andExpect(content().string(containsString("Иргэний нийгэм")));
        mvc.perform(post("/join")
                        .with(csrf())
                        .param("code", workshop.joinCode())
                        .param("name", "Bat")
                        .param("gender", "man")
                        .param("sector", "academia"))
                .andExpect(redirectedUrl("/workshop"));
        mvc.perform(post("/join")
                        .with(csrf())
                        .param("code", workshop.joinCode())
                        .param("name", "Bold")
                        .param("sector", "media")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("government, civil-society, academia")));
        assertThat(workshops.summary(workshop.id()).participants()).hasSize(1);
    }

    @Test
    void theTrainerSeesMediansPerGroupAndFewerThanFiveForSmallGroups() throws Exception {
        Workshop workshop = openWorkshop();
        for (int i = 0; i < 7; i++) {
            String gender = i < 5 ? "woman" : "man";
            var joined = workshops.join(
                    workshop.joinCode(), "P" + i, null, null, false, new ParticipantProfile(gender, null, null));
            workshops.answer(
                    new ParticipantPrincipal(joined.participant().id(), workshop.id(), "P" + i),
                    workshop.id(),
                    "P1.1",
                    new ResponseValue(i % 4, null, false, null, null, null, null, null));
        }
        // women answered 0, 1, 2, 3, 0: median 1
        mvc.perform(get("/workshops/" + workshop.id())
                        .with(user("trainer").roles("ADMIN"))
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Medians by participant group")))
                .andExpect(content().string(containsString("5 participants")))
                .andExpect(content().string(containsString("1.0 (5)")))
                .andExpect(content().string(containsString("Man: fewer than 5")))
                .andExpect(content().string(not(containsString("2 participants"))));
    }
}
