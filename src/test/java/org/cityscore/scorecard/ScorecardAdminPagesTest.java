package org.cityscore.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.cityscore.support.CityscoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The admin's scorecard pages: the problem list of an upload, the preview in every language, publishing, versions. */
@CityscoreTest
@WithMockUser(username = "trainer", roles = "ADMIN")
class ScorecardAdminPagesTest {

    static final String CARD = """
            id: page-walk
            version: "2.0"
            languages: [en, zh]
            title: {en: "Page walk", zh: "页面步行"}
            source: {citation: "test", note: {en: "Our own texts.", zh: "我们自己的文本。"}}
            scale: {min: 0, max: 1, labels: {0: {en: "No", zh: "否"}, 1: {en: "Yes", zh: "是"}}}
            categories:
              - code: P
                title: {en: "Paths", zh: "路径"}
                indicators:
                  - code: P1
                    name: {en: "Footpaths", zh: "人行道"}
                    question: {en: "Are there footpaths to every school?", zh: "每所学校都有人行道通达吗？"}
                    levels: {1: {en: "Every school", zh: "每所学校"}}
            """;

    @Autowired
    MockMvc mvc;

    @Test
    void anUploadWithProblemsListsEachWithItsLineAndPublishesNothing() throws Exception {
        String page = mvc.perform(multipart("/admin/scorecards/check")
                        .file(file(
                                "broken.yaml",
                                CARD.replace("page-walk", "page-broken").replace("{1: {en:", "{4: {en:")))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("Nothing of broken.yaml was published: 1 problem(s)")
                .contains("line 14")
                .contains("level 4 is outside the scale 0–1");
        mvc.perform(get("/api/scorecards/page-broken")).andExpect(status().isNotFound());
    }

    @Test
    void aValidUploadIsPreviewedInEveryLanguageThenPublished() throws Exception {
        String preview = mvc.perform(multipart("/admin/scorecards/check")
                        .file(file("page-walk.yaml", CARD))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(preview)
                .contains("Are there footpaths to every school?")
                .contains("每所学校都有人行道通达吗？")
                .contains("每所学校")
                .contains("Publish version 2.0");
        mvc.perform(get("/api/scorecards/page-walk")).andExpect(status().isNotFound());

        mvc.perform(multipart("/admin/scorecards/publish")
                        .param("fileName", "page-walk.yaml")
                        .param("text", CARD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/scorecards/page-walk"));

        String versions = mvc.perform(get("/admin/scorecards/page-walk"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(versions).contains("page-walk.yaml").contains("Uploaded").contains("authoring.xlsx?version=2.0");
    }

    @Test
    void theManagePageOffersTheTemplateAndEveryScorecard() throws Exception {
        String page =
                mvc.perform(get("/admin/scorecards")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/api/scorecards/authoring-template.xlsx").contains("undrr-preliminary");
    }

    @Test
    @WithMockUser(username = "someone", roles = "TRAINER")
    void aTrainerMayNotManageScorecards() throws Exception {
        mvc.perform(get("/admin/scorecards")).andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/scorecards/check")
                        .file(file("x.yaml", CARD))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    private static MockMultipartFile file(String name, String text) {
        return new MockMultipartFile("file", name, null, text.getBytes(StandardCharsets.UTF_8));
    }
}
