package org.cityscore.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.cityscore.city.CityService;
import org.cityscore.support.CityscoreTest;
import org.cityscore.system.Reader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An editor of city A sees A and nothing of B: lists, single assessments, comparisons and the city page. */
@CityscoreTest
class CityScopeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    CityService cities;

    @Autowired
    AssessmentService assessments;

    long cityA;
    long cityB;
    long a;
    long b;

    @BeforeEach
    void twoCities() {
        String suffix = String.valueOf(System.nanoTime());
        cityA = cities.create(new CityService.Draft("Alpha " + suffix, "Testland", Map.of(), List.of()))
                .id();
        cityB = cities.create(new CityService.Draft("Beta " + suffix, "Testland", Map.of(), List.of()))
                .id();
        a = create(cityA);
        b = create(cityB);
    }

    private long create(long cityId) {
        return assessments
                .create(
                        new AssessmentService.NewAssessment(
                                "undrr-preliminary", null, null, "Testland", 2025, null, null, cityId),
                        false)
                .id();
    }

    private RequestPostProcessor editorOfA() {
        return user("eve").authorities(AuthorityUtils.createAuthorityList(Reader.EDITOR, "CITY_" + cityA));
    }

    @Test
    void anEditorOfAListsOnlyAsAssessments() throws Exception {
        JsonNode listed = json.readTree(mvc.perform(get("/api/assessments").with(editorOfA()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        List<Long> ids =
                listed.valueStream().map(node -> node.get("id").asLong()).toList();
        assertThat(ids).contains(a).doesNotContain(b);
        assertThat(listed.valueStream().map(node -> node.get("cityId").asLong()))
                .containsOnly(cityA);
    }

    @Test
    void anEditorOfAGetsForBsAssessmentExactlyTheAnswerOfAMissingOne() throws Exception {
        String ofB = mvc.perform(get("/api/assessments/{id}", b).with(editorOfA()))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long missing = Long.MAX_VALUE - 7;
        String ofNone = mvc.perform(get("/api/assessments/{id}", missing).with(editorOfA()))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(ofB.replace(String.valueOf(b), "ID")).isEqualTo(ofNone.replace(String.valueOf(missing), "ID"));
    }

    @Test
    void aComparisonMixingAAndBIsNotFoundForAnEditorOfA() throws Exception {
        mvc.perform(get("/api/comparisons").param("assessments", a + "," + b).with(editorOfA()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/comparisons").param("assessments", b + "," + a).with(editorOfA()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theCityPageOfBIsNotFoundForAnEditorOfA() throws Exception {
        mvc.perform(get("/cities").param("id", String.valueOf(cityB)).with(editorOfA()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cities").param("id", String.valueOf(cityA)).with(editorOfA()))
                .andExpect(status().isOk());
    }

    @Test
    void anEditorRunsNoWorkshopsButAnOutsiderIsNotToldTheyExist() throws Exception {
        mvc.perform(get("/assessments/{id}/workshops", a).with(editorOfA())).andExpect(status().isForbidden());
        mvc.perform(get("/assessments/{id}/workshops", b).with(editorOfA())).andExpect(status().isNotFound());
        mvc.perform(get("/assessments/{id}/workshops", a)
                        .with(user("tom")
                                .authorities(AuthorityUtils.createAuthorityList(Reader.TRAINER, "CITY_" + cityA))))
                .andExpect(status().isOk());
    }

    @Test
    void theHomePageAndTheAssessmentPageShowAnEditorNoFinaliseDeleteOrWorkshops() throws Exception {
        String page = mvc.perform(get("/assessments/{id}", a).with(editorOfA()).param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .doesNotContain("/finalize/confirm")
                .doesNotContain("/assessments/" + a + "/delete")
                .doesNotContain("/assessments/" + a + "/workshops")
                .contains("/assessments/" + a + "/import");
        String viewer = mvc.perform(get("/assessments/{id}", a)
                        .with(user("vic")
                                .authorities(AuthorityUtils.createAuthorityList(Reader.VIEWER, "CITY_" + cityA)))
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(viewer)
                .doesNotContain("/assessments/" + a + "/import")
                .doesNotContain("/assessments/" + a + "/edit")
                .doesNotContain("href=\"/assessments/new\"");
    }
}
