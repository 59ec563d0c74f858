package org.cityscore.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.ResponseValue;
import org.cityscore.support.CityscoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** Every page a city official meets, in each of the five languages: no {@code ??key??}, and the language sticks. */
@CityscoreTest
@WithMockUser(username = "trainer", roles = "ADMIN")
class PagesInEveryLanguageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AssessmentService assessments;

    @Test
    void noPageShowsAMissingKeyInAnyLanguage() throws Exception {
        long first = assessments
                .create(
                        new AssessmentService.NewAssessment(
                                "undrr-preliminary", "Ulaanbaatar", "Mongolia", 2024, null, null),
                        false)
                .id();
        long second = assessments
                .create(
                        new AssessmentService.NewAssessment(
                                "undrr-preliminary", "Ulaanbaatar", "Mongolia", 2025, null, null),
                        false)
                .id();
        assessments.respond(
                first, "P1.1", new ResponseValue(2, null, false, null, null, null, null, null), 0, "trainer");
        assessments.respond(
                second, "P1.1", new ResponseValue(3, null, false, null, null, null, null, null), 0, "trainer");
        assessments.finalizeAssessment(first);
        mvc.perform(post("/api/assessments/{id}/publish", first)).andExpect(status().isOk());
        long city = assessments.find(first).cityId();
        List<String> pages = List.of(
                "/public",
                "/public/cities/" + city,
                "/public/assessments/" + first,
                "/public/data-dictionary",
                "/",
                "/login",
                "/scorecards",
                "/scorecards/undrr-preliminary",
                "/assessments/" + second,
                "/assessments/" + second + "/categories/E1",
                "/assessments/" + second + "/results",
                "/compare?assessments=" + first + "&assessments=" + second,
                "/assessments/" + second + "/workshops",
                "/join");
        for (String language : Languages.SUPPORTED) {
            for (String page : pages) {
                String html = mvc.perform(get(page).param("lang", language))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
                assertThat(html)
                        .as("%s in %s", page, language)
                        .doesNotContain("??")
                        .contains("<html lang=\"" + language + "\"");
            }
        }
    }

    @Test
    void aPageSaysOnceThatTheScorecardIsShownInEnglish() throws Exception {
        long id = assessments
                .create(new AssessmentService.NewAssessment("iclei-5rs", "Sapporo", "Japan", 2025, null, null), false)
                .id();
        String japanese = page("/assessments/" + id + "/results", "ja");
        assertThat(japanese.split("スコアカードのうち日本語に未翻訳のテキストは", -1)).hasSize(2);
        assertThat(page("/assessments/" + id + "/results", "zh")).doesNotContain("以英文显示");
        assertThat(page("/scorecards", "ko")).contains("영어로 표시됩니다");
    }

    @Test
    void japaneseChosenOnceIsRemembered() throws Exception {
        Cookie chosen = mvc.perform(get("/scorecards").param("lang", "ja"))
                .andExpect(cookie().value("cityscore-lang", "ja"))
                .andReturn()
                .getResponse()
                .getCookie("cityscore-lang");
        String later = mvc.perform(get("/scorecards").cookie(chosen))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(later).contains("<html lang=\"ja\"").contains("日本語").contains("スコアカード");
        String browser = mvc.perform(get("/scorecards").header("Accept-Language", "ko-KR,ko;q=0.9"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(browser).contains("<html lang=\"ko-KR\"").contains("스코어카드");
        String french = mvc.perform(get("/scorecards").param("lang", "fr"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(french).contains("<html lang=\"en\"").contains("Scorecards");
    }

    private String page(String path, String language) throws Exception {
        return mvc.perform(get(path).param("lang", language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
