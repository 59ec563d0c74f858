package org.cityscore.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.cityscore.support.CityscoreTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** A retired scorecard takes no new assessments, its old ones stay readable, and restoring it opens it again. */
@CityscoreTest
@WithMockUser(username = "trainer", roles = "ADMIN")
class ScorecardRetirementTest {

    private static final String CARD = """
            id: retiring-walk
            version: "1"
            languages: [en]
            title: {en: "Retiring walk"}
            source: {citation: "test", note: {en: "test"}}
            scale: {min: 0, max: 3, labels: {0: {en: "0"}, 1: {en: "1"}, 2: {en: "2"}, 3: {en: "3"}}}
            categories:
              - code: R
                title: {en: "Walking"}
                indicators:
                  - {code: R1, name: {en: "Sidewalks"}, question: {en: "Are there sidewalks?"}}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Test
    void aRetiredScorecardTakesNoNewAssessmentsButKeepsItsOldOnes() throws Exception {
        mvc.perform(multipart("/api/scorecards")
                        .file(new MockMultipartFile(
                                "file", "retiring.yaml", null, CARD.getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isCreated());
        long old = json.readTree(create().andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asLong();

        mvc.perform(post("/api/scorecards/retiring-walk/retire"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.retired").value(true));

        create().andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("scorecardId"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("is retired")));
        mvc.perform(get("/api/assessments/{id}/results", old)).andExpect(status().isOk());
        mvc.perform(get("/api/scorecards/retiring-walk/versions"))
                .andExpect(jsonPath("$[0].retired").value(true));
        String page =
                mvc.perform(get("/assessments/new")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("iclei-5rs").doesNotContain("retiring-walk");
        assertThat(mvc.perform(get("/scorecards")).andReturn().getResponse().getContentAsString())
                .containsPattern("Retiring walk</a>\\s*<small>[^<]*</small>\\s*<small class=\"tag\">Retired</small>");

        mvc.perform(post("/api/scorecards/retiring-walk/restore"))
                .andExpect(jsonPath("$.retired").value(false));
        create().andExpect(status().isCreated());
    }

    @Test
    void retiringAnUnknownScorecardIsNotFound() throws Exception {
        mvc.perform(post("/api/scorecards/no-such-card/retire")).andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void onlyAnAdminRetires() throws Exception {
        mvc.perform(post("/api/scorecards/iclei-5rs/retire")).andExpect(status().isForbidden());
        mvc.perform(get("/api/scorecards/iclei-5rs")).andExpect(status().isOk());
    }

    private ResultActions create() throws Exception {
        return mvc.perform(post("/api/assessments")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"scorecardId\": \"retiring-walk\", \"city\": \"Retton\", \"year\": 2026}"));
    }
}
