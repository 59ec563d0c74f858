package org.cityscore.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.ResponseValue;
import org.cityscore.support.CityscoreTest;
import org.cityscore.system.TrainerAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** A report's cover is signed with the trainer's display name and organisation, set on their account page. */
@CityscoreTest
@WithMockUser(username = "liwei", roles = "ADMIN")
class PreparedByTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AssessmentService assessments;

    @Autowired
    TrainerAccounts trainers;

    @Test
    void theCoverNamesTheTrainerAndTheirOrganisationOnceSetOnTheAccountPage() throws Exception {
        if (!trainers.exists("liwei")) {
            trainers.create("liwei", "a long enough password");
        }
        long id = assessments
                .create(
                        new AssessmentService.NewAssessment("undrr-preliminary", "凯里", "China", 2025, null, null),
                        false)
                .id();
        assessments.respond(id, "P1.1", new ResponseValue(3, null, false, null, null, null, null, null), 0, "liwei");

        assertThat(coverText(id)).contains("Prepared by").contains("liwei");

        mvc.perform(post("/account").with(csrf()).param("displayName", " 李伟 ").param("organisation", "ICLEI East Asia"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/account"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("李伟, ICLEI East Asia")));
        assertThat(coverText(id)).contains("李伟, ICLEI East Asia").doesNotContain("liwei");
    }

    @Test
    @WithMockUser(username = "wangfang", roles = "ADMIN")
    void aDisplayNameOverItsLimitIsRefusedNextToTheFieldAndNothingIsSaved() throws Exception {
        if (!trainers.exists("wangfang")) {
            trainers.create("wangfang", "a long enough password");
        }
        trainers.saveProfile("wangfang", "Wang Fang", null);
        mvc.perform(post("/account")
                        .with(csrf())
                        .param("displayName", "x".repeat(201))
                        .param("organisation", "ICLEI"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "At most 200 characters fit here; this has 201.")));
        assertThat(trainers.profile("wangfang").orElseThrow().signature()).isEqualTo("Wang Fang");
        mvc.perform(post("/account").param("displayName", "Mallory")).andExpect(status().isForbidden());
        assertThat(trainers.profile("wangfang").orElseThrow().signature()).isEqualTo("Wang Fang");
    }

    @Test
    void aSumCategoryWithNothingAnsweredShowsNoScoreRatherThanZeroPercent() throws Exception {
        long id = assessments
                .create(
                        new AssessmentService.NewAssessment("undrr-preliminary", "Kaili", "China", 2025, null, null),
                        false)
                .id();
        assessments.respond(id, "P1.1", new ResponseValue(2, null, false, null, null, null, null, null), 0, "liwei");
        byte[] pdf = mvc.perform(get("/api/assessments/{id}/report.pdf", id))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = ReportTest.text(pdf);
        assertThat(text).contains("2 / 141").contains("1.4 %").contains("0 / 9  ·  –");
        assertThat(text).doesNotContainPattern("(?<![0-9.])0\\.0 %");
    }

    private String coverText(long id) throws Exception {
        byte[] pdf = mvc.perform(get("/api/assessments/{id}/report.pdf", id))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return ReportTest.pageText(document, 1);
        }
    }
}
