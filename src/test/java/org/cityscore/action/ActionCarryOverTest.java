package org.cityscore.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.city.CityService;
import org.cityscore.support.CityscoreTest;
import org.cityscore.system.Reader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** An open action made from the 2023 assessment shows beside its indicator on the entry page of the 2025 one. */
@CityscoreTest
@WithMockUser(username = "admin", roles = "ADMIN")
class ActionCarryOverTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CityService cities;

    @Autowired
    AssessmentService assessments;

    @Autowired
    ActionService actions;

    private long assessment(long cityId, int year) {
        return assessments
                .create(
                        new AssessmentService.NewAssessment(
                                "undrr-preliminary", null, null, "Testland", year, null, null, cityId),
                        false)
                .id();
    }

    private ActionService.Draft draft(String title, String due, Long from) {
        return new ActionService.Draft(
                "undrr-preliminary", List.of("P1.1"), title, null, "Water Bureau", null, due, null, from);
    }

    private String entry(long assessmentId, RequestPostProcessor who) throws Exception {
        return mvc.perform(get("/assessments/{id}/categories/E1", assessmentId)
                        .param("lang", "en")
                        .with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The text of the fieldset of one indicator, tags removed. */
    private static String card(String page, String code) {
        int start = page.indexOf("id=\"ind-" + code.replace('.', '-') + "\"");
        int end = page.indexOf("</fieldset>", start);
        return page.substring(start, end).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    @Test
    void theOpenActionsOf2023AreShownBesideTheirIndicatorIn2025() throws Exception {
        String suffix = String.valueOf(System.nanoTime());
        long city = cities.create(new CityService.Draft("Kaili " + suffix, "Testland", Map.of(), List.of()))
                .id();
        long other = cities.create(new CityService.Draft("Other " + suffix, "Testland", Map.of(), List.of()))
                .id();
        long of2023 = assessment(city, 2023);
        long flood = actions.create(city, draft("Map flood zones", "2025-06-15", of2023))
                .id();
        actions.update(flood, "in_progress", "Survey begun");
        long finished = actions.create(city, draft("Buy sirens", null, of2023)).id();
        actions.update(finished, "done", null);
        actions.create(city, draft("Train wardens", null, of2023));
        actions.create(other, draft("Another city's plan", null, assessment(other, 2023)));
        long of2025 = assessment(city, 2025);

        RequestPostProcessor editor =
                user("eve").authorities(AuthorityUtils.createAuthorityList(Reader.EDITOR, "CITY_" + city));
        String page = entry(of2025, editor);
        assertThat(card(page, "P1.1"))
                .containsSubsequence(
                        "Action from 2023, in progress, due 2025-06: Map flood zones",
                        "Action from 2023, planned: Train wardens")
                .doesNotContain("Buy sirens");
        assertThat(card(page, "P1.2")).doesNotContain("Action from");
        assertThat(page).doesNotContain("Another city");
        assertThat(entry(of2023, editor)).doesNotContain("carried-action");
    }
}
