package org.cityscore.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cityscore.assessment.Assessment;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The sample city's two SHIFT+ years compared; deltas checked against the two assessments' own results. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "trainer", roles = "ADMIN")
class ComparisonTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    AssessmentService assessments;

    @Test
    void theSampleCitysTwoYearsShowTheRightDeltas() throws Exception {
        Assessment baseline =
                assessments.list(null, "ecomobility-shift-plus", 2023).get(0);
        Assessment again =
                assessments.list(null, "ecomobility-shift-plus", 2025).get(0);
        JsonNode comparison = json.readTree(
                mvc.perform(get("/api/comparisons").param("assessments", again.id() + "," + baseline.id()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());

        assertThat(comparison.get("assessments").get(0).get("year").asInt()).isEqualTo(2023);
        assertThat(comparison.get("assessments").get(1).get("year").asInt()).isEqualTo(2025);
        var before = assessments.scored(baseline.id());
        var after = assessments.scored(again.id());
        assertThat(comparison.get("assessments").get(0).get("overall").asDouble())
                .isCloseTo(before.result().overallPercent(), within(1e-9));
        for (JsonNode category : comparison.get("categories")) {
            String code = category.get("code").asString();
            double expected = after.result().category(code).orElseThrow().percent()
                    - before.result().category(code).orElseThrow().percent();
            assertThat(category.get("delta").asDouble()).as(code).isCloseTo(expected, within(1e-9));
            assertThat(category.get("percents")).hasSize(2);
        }
        Map<String, Response> was =
                before.responses().stream().collect(Collectors.toMap(Response::indicatorCode, Function.identity()));
        int checked = 0;
        for (JsonNode indicator : comparison.get("indicators")) {
            String code = indicator.get("code").asString();
            assertThat(indicator.get("comparable").asBoolean()).isTrue();
            Integer first = before.result().indicator(code).orElseThrow().level();
            Integer last = after.result().indicator(code).orElseThrow().level();
            if (first != null && last != null) {
                assertThat(indicator.get("delta").asInt()).as(code).isEqualTo(last - first);
                checked++;
            } else {
                assertThat(indicator.get("delta").isNull()).as(code).isTrue();
            }
        }
        assertThat(checked).isGreaterThan(15);
        assertThat(was).containsKey("E1");
        assertThat(comparison.get("indicators").get(0).get("title").asString())
                .isEqualTo("Understanding users' needs & public participation");

        String ids = baseline.id() + "," + again.id();
        String pdf = text(mvc.perform(get("/api/comparisons/report.pdf").param("assessments", ids))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        String page = mvc.perform(get("/compare").param("assessments", ids).param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String csv = mvc.perform(get("/api/comparisons/comparison.csv").param("assessments", ids))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (JsonNode category : comparison.get("categories")) {
            String code = category.get("code").asString();
            double expected = after.result().category(code).orElseThrow().percent()
                    - before.result().category(code).orElseThrow().percent();
            String shown = String.format(Locale.ROOT, "%.1f", expected);
            assertThat(pdf).as("PDF " + code).contains("+" + shown);
            assertThat(page).as("page " + code).contains("+" + shown);
            assertThat(csv).as("CSV " + code).contains(String.format(Locale.ROOT, "%.2f", expected));
        }
        assertThat(pdf).contains("2023").contains("2025").contains("E1  Understanding users");
    }

    static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void citiesOfDifferentYearsOrScorecardsAreNotComparedByDefault() throws Exception {
        long foshan = assessments
                .create(
                        new AssessmentService.NewAssessment("ecomobility-shift-plus", "Foshan", null, 2021, null, null),
                        false)
                .id();
        Assessment sample =
                assessments.list(null, "ecomobility-shift-plus", 2025).get(0);
        mvc.perform(get("/api/comparisons").param("assessments", foshan + "," + sample.id()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(
                        jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("one year only")));
        mvc.perform(get("/api/comparisons")
                        .param("assessments", foshan + "," + sample.id())
                        .param("mixed", "true"))
                .andExpect(status().isOk());
        Assessment undrr = assessments.list(null, "undrr-preliminary", null).get(0);
        mvc.perform(get("/api/comparisons").param("assessments", undrr.id() + "," + sample.id()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/comparisons").param("assessments", "999999," + sample.id()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRefusalIsEnglishInTheApiAndInTheReadersLanguageOnThePage() throws Exception {
        Assessment sample =
                assessments.list(null, "ecomobility-shift-plus", 2025).get(0);
        mvc.perform(get("/api/comparisons")
                        .param("assessments", String.valueOf(sample.id()))
                        .param("lang", "zh"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("Choose at least two assessments to compare."));
        mvc.perform(get("/api/comparisons").param("assessments", "999999," + sample.id()))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("There is no assessment 999999; it may have been deleted."));
        String page = mvc.perform(get("/compare")
                        .param("assessments", String.valueOf(sample.id()))
                        .param("lang", "zh"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("请至少选择两项评估进行比较。");
    }

    @Test
    void theCsvAndThePdfAreInTheLanguageAskedFor() throws Exception {
        Assessment baseline =
                assessments.list(null, "ecomobility-shift-plus", 2023).get(0);
        Assessment again =
                assessments.list(null, "ecomobility-shift-plus", 2025).get(0);
        String ids = baseline.id() + "," + again.id();
        String csv = mvc.perform(get("/api/comparisons/comparison.csv")
                        .param("assessments", ids)
                        .param("lang", "zh"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("\uFEFF类型,代码,名称,可比较,");
        assertThat(csv).contains("\n状态,").contains("\n总分,");
        String pdf = text(mvc.perform(get("/api/comparisons/report.pdf")
                        .param("assessments", ids)
                        .param("lang", "zh"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        assertThat(pdf).contains("比较").contains("总分").doesNotContain("Overall");
        String english = text(mvc.perform(get("/api/comparisons/report.pdf").param("assessments", ids))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        assertThat(english).contains("Comparison").contains("Overall");
    }
}
