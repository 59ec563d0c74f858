package org.cityscore.comparison;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cityscore.assessment.AssessmentService;
import org.cityscore.support.CityscoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** Every city has a page that its links reach, whatever its name holds. */
@CityscoreTest
@WithMockUser(username = "trainer", roles = "ADMIN")
class CityPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AssessmentService assessments;

    @Test
    void aCityWithASlashInItsNameHasAReachablePage() throws Exception {
        long id = assessments
                .create(
                        new AssessmentService.NewAssessment(
                                "iclei-5rs", "Biel/Bienne", "Switzerland", 2025, "Biel 2025", null),
                        false)
                .id();
        mvc.perform(get("/")).andExpect(content().string(containsString("href=\"/cities?name=Biel/Bienne\"")));
        mvc.perform(get("/assessments/{id}/results", id))
                .andExpect(content().string(containsString("href=\"/cities?name=Biel/Bienne\"")));
        mvc.perform(get("/cities?name=Biel/Bienne"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<bdi>Biel/Bienne</bdi>")))
                .andExpect(content().string(containsString("Biel 2025")));
        mvc.perform(get("/cities/{city}", "Kaili")).andExpect(status().isOk());
    }
}
