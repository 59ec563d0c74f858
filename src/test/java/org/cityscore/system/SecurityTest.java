package org.cityscore.system;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cityscore.support.CityscoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Trainers sign in; nobody else creates, changes or deletes assessments; forms need their CSRF token. */
@CityscoreTest
class SecurityTest {

    @Autowired
    MockMvc mvc;

    @Test
    void trainerPagesRedirectToLoginWithoutATrainer() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/assessments/new")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/scorecards")).andExpect(status().isOk());
    }

    @Test
    void theConfiguredTrainerSignsInAndAWrongPasswordDoesNot() throws Exception {
        mvc.perform(formLogin("/login").user("trainer").password("trainer-test-password"))
                .andExpect(authenticated());
        mvc.perform(formLogin("/login").user("trainer").password("guess")).andExpect(unauthenticated());
    }

    @Test
    void theApiWantsATrainerForAssessmentsButNotForScorecards() throws Exception {
        String create = "{\"scorecardId\":\"iclei-5rs\",\"city\":\"X\",\"year\":2025}";
        mvc.perform(post("/api/assessments")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(create))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.errors[0].message").exists());
        mvc.perform(get("/api/assessments")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/assessments")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(create)
                        .with(httpBasic("trainer", "wrong")))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/assessments")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(create)
                        .with(httpBasic("trainer", "trainer-test-password")))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/scorecards")).andExpect(status().isOk());
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/assessments/new")
                        .param("scorecardId", "iclei-5rs")
                        .param("city", "X")
                        .param("year", "2025")
                        .with(user("trainer").roles("ADMIN")))
                .andExpect(status().isForbidden());
    }
}
