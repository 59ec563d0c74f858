package org.cityscore.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cityscore.action.ActionService;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.ResponseValue;
import org.cityscore.city.CityService;
import org.cityscore.support.CityscoreTest;
import org.cityscore.system.Reader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Actions made from the 2023 assessment in the 2023→2025 comparison: listed per indicator with their status, and the
 * ones done since 2023 shown with their indicator's change in level, computed here from the two assessments' results.
 */
@CityscoreTest
@WithMockUser(username = "admin", roles = "ADMIN")
class ComparisonActionsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    CityService cities;

    @Autowired
    AssessmentService assessments;

    @Autowired
    ActionService actions;

    long city;
    long other;
    long of2023;
    long of2025;
    long sirens;
    long zones;
    long wardens;
    long later;
    RequestPostProcessor editor;

    @BeforeEach
    void twoYearsWithActions() {
        String suffix = String.valueOf(System.nanoTime());
        city = cities.create(new CityService.Draft("Kaili " + suffix, "Testland", Map.of(), List.of()))
                .id();
        other = cities.create(new CityService.Draft("Other " + suffix, "Testland", Map.of(), List.of()))
                .id();
        editor = user("eve").authorities(AuthorityUtils.createAuthorityList(Reader.EDITOR, "CITY_" + city));
        of2023 = assessment(2023, Map.of("P1.1", 1, "P1.2", 3, "P2.1", 2));
        sirens = actions.create(city, draft("Buy sirens", "P1.1", of2023)).id();
        zones = actions.create(city, draft("Map flood zones", "P1.2", of2023)).id();
        wardens = actions.create(city, draft("Train wardens", "P2.1", of2023)).id();
        actions.update(sirens, "in_progress", "Tender out");
        actions.update(sirens, "done", "Installed");
        actions.update(sirens, null, "Tested in spring");
        actions.update(zones, "done", null);
        actions.update(wardens, "in_progress", null);
        of2025 = assessment(2025, Map.of("P1.1", 3, "P1.2", 3, "P2.1", 1));
        later = actions.create(city, draft("Plan for 2027", "P1.1", of2025)).id();
    }

    private long assessment(int year, Map<String, Integer> levels) {
        long id = assessments
                .create(
                        new AssessmentService.NewAssessment(
                                "undrr-preliminary", null, null, "Testland", year, null, null, city),
                        false)
                .id();
        Map<String, ResponseValue> answers = new HashMap<>();
        levels.forEach((code, level) ->
                answers.put(code, new ResponseValue(level, null, false, null, null, null, null, null)));
        assessments.importAnswers(id, answers, "eve");
        return id;
    }

    private static ActionService.Draft draft(String title, String code, Long from) {
        return new ActionService.Draft(
                "undrr-preliminary", List.of(code), title, null, "Water Bureau", "Li Wei", null, null, from);
    }

    /** "+2", "no change", "−1": the change in level of {@code code} from 2023 to 2025, from the two results. */
    private String change(String code) {
        int before = assessments
                .scored(of2023)
                .result()
                .indicator(code)
                .orElseThrow()
                .level();
        int after = assessments
                .scored(of2025)
                .result()
                .indicator(code)
                .orElseThrow()
                .level();
        int delta = after - before;
        return delta == 0 ? "done, no change" : "done, " + (delta > 0 ? "+" : "−") + Math.abs(delta);
    }

    private JsonNode indicator(JsonNode comparison, String code) {
        for (JsonNode row : comparison.get("indicators")) {
            if (row.get("code").asString().equals(code)) {
                return row;
            }
        }
        throw new AssertionError("no indicator " + code);
    }

    private static List<Long> ids(JsonNode actions) {
        List<Long> ids = new ArrayList<>();
        actions.forEach(action -> ids.add(action.get("id").asLong()));
        return ids;
    }

    @Test
    void theApiListsTheActionsThatExistedWhen2025WasCreatedWithTheirStatus() throws Exception {
        JsonNode comparison = json.readTree(mvc.perform(get("/api/comparisons")
                        .param("assessments", of2025 + "," + of2023)
                        .with(editor))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        JsonNode onP11 = indicator(comparison, "P1.1").get("actions");
        assertThat(ids(onP11)).containsExactly(sirens).doesNotContain(later);
        JsonNode done = onP11.get(0);
        assertThat(done.propertyNames()).containsExactlyInAnyOrder("id", "title", "status", "doneAt");
        assertThat(done.get("title").asString()).isEqualTo("Buy sirens");
        assertThat(done.get("status").asString()).isEqualTo("done");
        var doneUpdate = actions.find(sirens).updates().stream()
                .filter(update -> "Installed".equals(update.note()))
                .findFirst()
                .orElseThrow();
        assertThat(Instant.parse(done.get("doneAt").asString())).isEqualTo(doneUpdate.at());
        JsonNode open = indicator(comparison, "P2.1").get("actions").get(0);
        assertThat(open.get("status").asString()).isEqualTo("in_progress");
        assertThat(open.get("doneAt").isNull()).isTrue();
        assertThat(indicator(comparison, "P3.1").get("actions")).isEmpty();
        assertThat(indicator(comparison, "P1.1").has("doneBetween")).isFalse();
    }

    @Test
    void thePageAndThePdfShowEachDoneActionWithItsIndicatorsChangeInLevel() throws Exception {
        assertThat(change("P1.1")).isEqualTo("done, +2");
        String page = new String(read("/compare"), StandardCharsets.UTF_8);
        String section = page.substring(
                        page.indexOf("id=\"actions-done\""),
                        page.indexOf("</section>", page.indexOf("id=\"actions-done\"")))
                .replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ");
        assertThat(section)
                .contains("Actions done between 2023 and 2025")
                .containsSubsequence("P1.1", change("P1.1"), "Buy sirens", "P1.2", change("P1.2"), "Map flood zones")
                .doesNotContain("Train wardens")
                .doesNotContain("Plan for 2027");

        assertThat(text(read("/api/comparisons/report.pdf")).replaceAll("\\s+", " "))
                .contains("Actions done between 2023 and 2025")
                .containsSubsequence("P1.1", change("P1.1"), "Buy sirens", "P1.2", change("P1.2"));
    }

    @Test
    void aReaderOfAnotherCityGets404() throws Exception {
        RequestPostProcessor stranger =
                user("olga").authorities(AuthorityUtils.createAuthorityList(Reader.EDITOR, "CITY_" + other));
        mvc.perform(get("/api/comparisons")
                        .param("assessments", of2023 + "," + of2025)
                        .with(stranger))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/comparisons/report.pdf")
                        .param("assessments", of2023 + "," + of2025)
                        .with(stranger))
                .andExpect(status().isNotFound());
    }

    /** The 2023→2025 comparison at {@code path}, in English, as the city's editor reads it. */
    private byte[] read(String path) throws Exception {
        return mvc.perform(get(path)
                        .param("assessments", of2023 + "," + of2025)
                        .param("lang", "en")
                        .with(editor))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
