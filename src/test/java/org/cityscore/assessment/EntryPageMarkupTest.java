package org.cityscore.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cityscore.support.CityscoreTest;
import org.cityscore.support.HtmlIdCheck;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** What the entry page's markup tells the browser and its script: stored values, safe ids, what is done, messages. */
@CityscoreTest
@WithMockUser(username = "trainer", roles = "ADMIN")
class EntryPageMarkupTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AssessmentService service;

    @Test
    void aMeasuredIndicatorShowsItsStoredValueAndNoLevelChoice() throws Exception {
        long id = shiftPlus();
        service.respond(
                id,
                "P1",
                new ResponseValue(null, new BigDecimal("58.5"), false, null, null, null, null, null),
                0,
                "Ms Li");
        String page = page("/assessments/{id}/categories/P", id, "en");
        String p1 = fieldset(page, "P1");
        assertThat(p1).contains("name=\"value:P1\"").contains("value=\"58.5\"").contains("Level reached: 3");
        assertThat(p1)
                .as("a measured indicator has no level cards, so no \"no answer\" can look chosen")
                .doesNotContain("name=\"level:P1\"")
                .doesNotContain("no answer");
        assertThat(p1).contains("data-answered=\"true\"");
        assertThat(fieldset(page, "P2")).contains("data-answered=\"false\"");
    }

    @Test
    void idsAreMadeFromCodesWithoutSpacesOnTheEntryAndResultsPages() throws Exception {
        long id = shiftPlus();
        assertThat(HtmlIdCheck.idsOf(page("/assessments/{id}/categories/TSS", id, "en")))
                .contains("ind-TSS-1", "comment-TSS-1", "action-TSS-1");
        String results = page("/assessments/{id}/results", id, "en");
        HtmlIdCheck.idsOf(results);
        assertThat(results).contains("/categories/TSS#ind-TSS-1\"");
    }

    @Test
    void theScriptGetsTheNumberMessageInThePagesLanguage() throws Exception {
        long id = shiftPlus();
        assertThat(page("/assessments/{id}/categories/P", id, "en"))
                .contains("data-msg-number=\"This is not a number.");
        assertThat(page("/assessments/{id}/categories/P", id, "zh")).contains("data-msg-number=\"这不是一个数字。");
    }

    @Test
    void autosavingAValueThatIsNoNumberNamesTheFieldInASentence() throws Exception {
        long id = shiftPlus();
        mvc.perform(put("/assessments/{id}/responses/P1", id)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\":\"about half\",\"version\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("value"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("'about half' is not a number: type digits only, for example 42.5."));
        assertThat(service.response(id, "P1")).isNull();
    }

    @Test
    void theDeleteConfirmationPrintsTheYearAsAYear() throws Exception {
        long id = shiftPlus();
        assertThat(page("/assessments/{id}/delete", id, "en"))
                .contains("(Foshan, 2023)")
                .doesNotContain("2,023");
        assertThat(page("/assessments/{id}/delete", id, "zh"))
                .contains("（Foshan，2023）")
                .doesNotContain("2,023");
    }

    private long shiftPlus() {
        return service.create(
                        new AssessmentService.NewAssessment(
                                "ecomobility-shift-plus", "Foshan", "China", 2023, null, null),
                        false)
                .id();
    }

    private String page(String path, long id, String lang) throws Exception {
        return mvc.perform(get(path, id).param("lang", lang))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The indicator's fieldset, from its opening tag to its end. */
    private static String fieldset(String page, String code) {
        Matcher matcher = Pattern.compile(
                        "<fieldset[^>]*data-code=\"" + Pattern.quote(code) + "\".*?</fieldset>", Pattern.DOTALL)
                .matcher(page);
        assertThat(matcher.find()).as("fieldset of " + code).isTrue();
        return matcher.group();
    }
}
