package org.cityscore.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.cityscore.support.CityscoreTest;
import org.cityscore.system.Reader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The pages without JavaScript: create, fill in a category, see results; conflicts and bad input keep what was typed. */
@CityscoreTest
@WithMockUser(username = "trainer", roles = "ADMIN")
class EntryPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AssessmentService service;

    @Test
    void createFormRefusesAMissingCityAndCreatesOtherwise() throws Exception {
        mvc.perform(form("/assessments/new")
                        .param("scorecardId", "iclei-5rs")
                        .param("city", " ")
                        .param("year", "2025"))
                .andExpect(status().isOk())
                .andExpect(view().name("assessment/new"))
                .andExpect(model().attributeHasFieldErrors("form", "city"))
                .andExpect(content().string(containsString("Give the city&#39;s name.")));
        mvc.perform(form("/assessments/new")
                        .param("scorecardId", "iclei-5rs")
                        .param("city", "Seoul")
                        .param("year", "2025"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "flash.created"));
        assertThat(service.list("Seoul", "iclei-5rs", 2025)).hasSize(1);
    }

    @Test
    void submittingACategorySavesEveryChangedIndicator() throws Exception {
        long id = newAssessment();
        mvc.perform(form("/assessments/{id}/categories/E1", id)
                        .param("author", "Ms Li")
                        .param("level:P1.1", "2")
                        .param("version:P1.1", "0")
                        .param("comment:P1.1", "总体规划2024年修编")
                        .param("level:P1.2", "3")
                        .param("version:P1.2", "0")
                        .param("action:P1.2", "Keep the committee")
                        .param("level:P1.3", "")
                        .param("version:P1.3", "0")
                        .param("next", "E2"))
                .andExpect(redirectedUrl("/assessments/" + id + "/categories/E2"));
        assertThat(service.response(id, "P1.1").comment()).isEqualTo("总体规划2024年修编");
        assertThat(service.response(id, "P1.1").updatedBy()).isEqualTo("trainer (Ms Li)");
        assertThat(service.response(id, "P1.2").action()).isEqualTo("Keep the committee");
        assertThat(service.response(id, "P1.3")).isNull();
        mvc.perform(get("/assessments/{id}/categories/E1", id))
                .andExpect(content().string(containsString("总体规划2024年修编")))
                .andExpect(content().string(containsString("name=\"version:P1.1\" value=\"1\"")));
        mvc.perform(get("/assessments/{id}/results", id).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("5 / 141")))
                .andExpect(content().string(containsString("3.5 %")));
    }

    @Test
    void aStaleSubmitKeepsTheTypedTextAndShowsTheOtherAnswer() throws Exception {
        long id = newAssessment();
        service.respond(id, "P1.1", new ResponseValue(1, null, false, "theirs", null, null, null, null), 0, "Mr Wang");
        mvc.perform(form("/assessments/{id}/categories/E1", id)
                        .param("level:P1.1", "3")
                        .param("version:P1.1", "0")
                        .param("comment:P1.1", "my careful comment"))
                .andExpect(status().isOk())
                .andExpect(view().name("assessment/entry"))
                .andExpect(content().string(containsString("my careful comment")))
                .andExpect(content().string(containsString("Someone else changed this answer")))
                .andExpect(content().string(containsString("level 1 (Mr Wang)")))
                .andExpect(content().string(containsString("name=\"version:P1.1\" value=\"1\"")));
        assertThat(service.response(id, "P1.1").comment()).isEqualTo("theirs");
        mvc.perform(form("/assessments/{id}/categories/E1", id)
                        .param("level:P1.1", "3")
                        .param("version:P1.1", "1")
                        .param("comment:P1.1", "my careful comment"))
                .andExpect(status().is3xxRedirection());
        assertThat(service.response(id, "P1.1").comment()).isEqualTo("my careful comment");
    }

    @Test
    void theOtherAnswerIsSaidInTheReadersLanguage() throws Exception {
        long id = newAssessment();
        service.respond(id, "P1.1", new ResponseValue(1, null, false, null, null, null, null, null), 0, "王先生");
        mvc.perform(form("/assessments/{id}/categories/E1", id)
                        .param("level:P1.1", "3")
                        .param("version:P1.1", "0")
                        .param("lang", "zh"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("对方的回答：等级 1（王先生）。")));
    }

    @Test
    void aValueThatIsNoNumberIsRefusedWithTheTextKept() throws Exception {
        long id = service.create(
                        new AssessmentService.NewAssessment("ecomobility-shift-plus", "Foshan", null, 2025, null, null),
                        false)
                .id();
        mvc.perform(form("/assessments/{id}/categories/P", id)
                        .param("value:P1", "about half")
                        .param("version:P1", "0")
                        .param("value:P2", "１２,５")
                        .param("version:P2", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This is not a number")))
                .andExpect(content().string(containsString("value=\"about half\"")));
        assertThat(service.response(id, "P1")).isNull();
        assertThat(service.response(id, "P2").value()).isEqualByComparingTo("12.5");
    }

    @Test
    void aValueOutsideItsRangeIsExplainedInTheReadersLanguage() throws Exception {
        long id = service.create(
                        new AssessmentService.NewAssessment("ecomobility-shift-plus", "佛山", null, 2025, null, null),
                        false)
                .id();
        mvc.perform(form("/assessments/{id}/categories/P", id)
                        .param("value:P1", "140")
                        .param("version:P1", "0")
                        .param("lang", "zh"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("P1 的数值 140 超出合理范围 0–100；请检查数字及其单位。")));
        mvc.perform(form("/assessments/{id}/categories/P", id)
                        .param("value:P1", "140")
                        .param("version:P1", "0")
                        .param("lang", "en"))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "The value 140 for P1 is outside the plausible range 0–100; check the number and its unit.")));
        assertThat(service.response(id, "P1")).isNull();
    }

    @Test
    void aLevelWithAFractionAndAnUnknownCategoryAreSaidInTheReadersLanguage() throws Exception {
        long id = newAssessment();
        mvc.perform(form("/assessments/{id}/categories/E1", id)
                        .param("level:P1.1", "2.5")
                        .param("version:P1.1", "0")
                        .param("lang", "zh"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("等级必须是量表中的整数；2.5 不是。")));
        // the error dispatch (not run by MockMvc) shows the sentence the handler leaves on the request
        mvc.perform(get("/assessments/{id}/categories/NOPE", id).param("lang", "zh"))
                .andExpect(status().isNotFound())
                .andExpect(request().attribute("org.cityscore.system.ErrorPageController.detail", "此计分卡中没有类别 NOPE。"));
    }

    @Test
    void pagesSwitchToChineseWithTheScorecardTexts() throws Exception {
        long id = newAssessment();
        mvc.perform(get("/assessments/{id}/categories/E1", id).param("lang", "zh"))
                .andExpect(content().string(containsString("组织协调，增强灾害韧性")))
                .andExpect(content().string(containsString("规划制定")))
                .andExpect(content().string(containsString("保存")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/").param("lang", "zh")).andExpect(content().string(containsString("新建评估")));
    }

    @Test
    void aFinalAssessmentShowsNoSaveButton() throws Exception {
        long id = newAssessment();
        mvc.perform(form("/assessments/{id}/finalize", id)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/assessments/{id}/categories/E1", id).param("lang", "en"))
                .andExpect(content().string(containsString("This assessment is final")))
                .andExpect(content().string(not(containsString("type=\"submit\">Save<"))));
    }

    /** A form post as the browser sends it: with the CSRF token. */
    private static MockHttpServletRequestBuilder form(String url, Object... variables) {
        return post(url, variables).with(csrf());
    }

    @Test
    void aViewerReadingADraftIsToldWhyItCannotChangeNotThatItIsFinal() throws Exception {
        long id = newAssessment();
        long city = service.find(id).cityId();
        var viewer = SecurityMockMvcRequestPostProcessors.user("viewer" + city)
                .authorities(AuthorityUtils.createAuthorityList(Reader.VIEWER, "CITY_" + city));

        mvc.perform(get("/assessments/{id}/categories/E1", id).with(viewer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You may read this draft but not change it")))
                .andExpect(content().string(not(containsString("This assessment is final"))));

        service.finalizeAssessment(id);
        mvc.perform(get("/assessments/{id}/categories/E1", id).with(viewer))
                .andExpect(content().string(containsString("This assessment is final")))
                .andExpect(content().string(not(containsString("You may read this draft"))));
    }

    private long newAssessment() {
        return service.create(
                        new AssessmentService.NewAssessment("undrr-preliminary", "Kaili", "China", 2025, null, null),
                        false)
                .id();
    }
}
