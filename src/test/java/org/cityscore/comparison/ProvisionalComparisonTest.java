package org.cityscore.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.ResponseValue;
import org.cityscore.scorecard.ShippedScorecards;
import org.cityscore.support.CityscoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A city's partial UNDRR assessment of one year beside its complete one of the next: the partial one is flagged
 * provisional in the comparison API, on the city page, the compare page and the home page, and in the CSV.
 */
@CityscoreTest
@WithMockUser(username = "trainer", roles = "ADMIN")
class ProvisionalComparisonTest {

    static final String BADGE = "tag warn provisional";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    AssessmentService assessments;

    @Test
    void aPartialAssessmentIsProvisionalWhereverItsScoreShows() throws Exception {
        long partial = create("undrr-preliminary", "Shaoguan", 2024);
        // 8 answers, 16 points
        String[] codes = {"P1.1", "P1.2", "P1.3", "P3.1", "P3.2", "P8.1", "P8.2", "P8.3"};
        int[] levels = {3, 3, 2, 2, 0, 3, 2, 1};
        for (int i = 0; i < codes.length; i++) {
            answer(partial, codes[i], levels[i]);
        }
        long complete = create("undrr-preliminary", "Shaoguan", 2025);
        ShippedScorecards.get("undrr-preliminary")
                .indicators()
                .forEach(question -> answer(complete, question.code(), 3));
        String ids = partial + "," + complete;

        JsonNode comparison = json.readTree(mvc.perform(get("/api/comparisons").param("assessments", ids))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        JsonNode first = comparison.get("assessments").get(0);
        assertThat(first.get("provisional").asBoolean()).isTrue();
        assertThat(first.get("answered").asInt()).isEqualTo(8);
        assertThat(first.get("applicable").asInt()).isEqualTo(47);
        assertThat(first.get("overall").asDouble())
                .isCloseTo(100.0 * 16 / 141, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(first.get("points").asString()).isEqualTo("16 / 141");
        assertThat(comparison.get("assessments").get(1).get("provisional").asBoolean())
                .isFalse();

        String csv = mvc.perform(get("/api/comparisons/comparison.csv").param("assessments", ids))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv.lines()).contains("status,,,,provisional,complete,", "answered,,,,8 of 47,47 of 47,");

        String compare = page("/compare", "assessments", ids);
        assertThat(badges(compare)).isEqualTo(1);
        assertThat(compare).contains("answered 8 of 47 applicable", "16 / 141", "141 / 141", "11.3 %");

        String city = page("/cities", "name", "Shaoguan");
        assertThat(badges(city)).isEqualTo(1);
        assertThat(city)
                .contains(
                        ">Points<",
                        "16 / 141",
                        "11.3 %",
                        "answered 8 of 47 applicable",
                        "answered 47 of 47 applicable");

        String home = page("/", "lang", "zh");
        // the city's own entries: other tests share this database
        home = home.substring(home.indexOf("<bdi>Shaoguan</bdi>"));
        home = home.substring(0, home.contains("</article>") ? home.indexOf("</article>") : home.length());
        assertThat(badges(home)).isEqualTo(1);
        assertThat(home).contains("16 / 141 · 11.3 %", ">暂定<", "已回答 8 / 47 个适用项");
    }

    @Test
    void aWeightedMeanCityPageShowsNoPoints() throws Exception {
        long id = create("ecomobility-shift-plus", "Sapporo-provisional", 2025);
        answer(id, "E1", 4);
        String city = page("/cities", "name", "Sapporo-provisional");
        assertThat(city)
                .contains("75.0 %", BADGE, "answered 1 of 23 applicable")
                .doesNotContain(">Points<", "4 / 115");
    }

    long create(String scorecard, String city, int year) {
        return assessments
                .create(new AssessmentService.NewAssessment(scorecard, city, "China", year, null, null), false)
                .id();
    }

    void answer(long id, String code, int level) {
        assessments.respond(id, code, new ResponseValue(level, null, false, null, null, null, null, null), null, "t");
    }

    String page(String path, String param, String value) throws Exception {
        return mvc.perform(get(path).param(param, value))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    static int badges(String html) {
        return html.split(BADGE, -1).length - 1;
    }
}
