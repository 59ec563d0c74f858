package org.cityscore.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.cityscore.support.CityscoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17's acceptance for uploads: an authoring workbook with five mistakes gets five problems with their cells and
 * adds nothing; a card authored from the empty template is uploaded, used for an assessment and exported back; a
 * "billion laughs" YAML is refused; a new version must be higher.
 */
@CityscoreTest
@WithMockUser(username = "trainer", roles = "ADMIN")
class ScorecardUploadTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aWorkbookWithFiveMistakesGetsFiveProblemsEachWithItsCellAndNothingIsAdded() throws Exception {
        AuthoringExamples.Broken broken =
                AuthoringExamples.fiveMistakes(download("/api/scorecards/ecomobility-shift-plus/authoring.xlsx"));
        long versions = versionCount();

        JsonNode errors = body(upload("shift-copy.xlsx", broken.bytes()).andExpect(status().isUnprocessableContent()))
                .get("errors");

        assertThat(errors).hasSize(5);
        List<String> cells = new ArrayList<>();
        errors.forEach(error -> cells.add(error.get("cell").asString()));
        assertThat(cells).containsExactlyInAnyOrderElementsOf(broken.cells());
        errors.forEach(error -> assertThat(error.get("sheet").asString()).isNotBlank());
        assertThat(errors.toString())
                .contains("level 7 is outside the scale 1–5")
                .contains("thresholds out of order")
                .contains("the zh text is missing")
                .contains("the indicator code 'E1' is used twice")
                .contains("kind 'mesured' is unknown");
        assertThat(versionCount()).isEqualTo(versions);
        mvc.perform(get("/api/scorecards/shift-copy")).andExpect(status().isNotFound());
    }

    @Test
    void aWalkabilityCardAuthoredFromTheTemplateIsUploadedUsedAndExportedBack() throws Exception {
        byte[] authored = AuthoringExamples.walkability(download("/api/scorecards/authoring-template.xlsx"));

        upload("city-walkability.xlsx", authored)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value("city-walkability"))
                .andExpect(jsonPath("$.version").value("1.0"));
        mvc.perform(get("/api/scorecards/city-walkability").param("lang", "zh"))
                .andExpect(jsonPath("$.categories[0].indicators[1].unit.zh").value("占出行的百分比"));

        long assessment = body(mvc.perform(
                                post("/api/assessments")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(
                                                "{\"scorecardId\": \"city-walkability\", \"city\": \"Walkton\", \"year\": 2026}"))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        answer(assessment, "W1", "{\"level\": 3, \"version\": 0}");
        answer(assessment, "W2", "{\"value\": 25, \"version\": 0}");
        mvc.perform(get("/api/assessments/{id}/results", assessment))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.overall.percent").exists());
        mvc.perform(get("/api/assessments/{id}/workbook.xlsx", assessment)).andExpect(status().isOk());

        try (AuthoringSheets exported =
                new AuthoringSheets(download("/api/scorecards/city-walkability/authoring.xlsx"))) {
            Row w2 = exported.find(exported.sheet("indicators"), 2, "W2");
            assertThat(w2.getCell(exported.column("indicators", "name::zh")).getStringCellValue())
                    .isEqualTo("步行出行比例");
            assertThat(exported.find(exported.sheet("settings"), 0, "version")
                            .getCell(1)
                            .getStringCellValue())
                    .isEqualTo("1.0");
        }
    }

    @Test
    void aBillionLaughsYamlIsRefusedWithAClearError() throws Exception {
        StringBuilder yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char name = 'b'; name <= 'i'; name++) {
            String previous = "*" + (char) (name - 1);
            yaml.append(name)
                    .append(": &")
                    .append(name)
                    .append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, previous)))
                    .append("]\n");
        }

        upload("laughs.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].file").value("laughs.yaml"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value(org.hamcrest.Matchers.containsString("more than 20 aliases")));
    }

    @Test
    void aNewVersionOfAnUploadedScorecardMustBeHigher() throws Exception {
        String walk = """
                id: stride-up
                version: "1.9"
                languages: [en]
                title: {en: "Stride"}
                source: {citation: "test", note: {en: "test"}}
                scale: {min: 0, max: 3, labels: {0: {en: "0"}, 1: {en: "1"}, 2: {en: "2"}, 3: {en: "3"}}}
                categories:
                  - code: S
                    title: {en: "Striding"}
                    indicators:
                      - {code: S1, name: {en: "Steps"}, question: {en: "?"}}
                """;
        upload("stride.yaml", walk.getBytes(StandardCharsets.UTF_8)).andExpect(status().isCreated());

        upload("stride.yaml", walk.replace("1.9", "1.2").getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].path").value("version"))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].message")
                        .value(org.hamcrest.Matchers.containsString("already has version 1.9")));
        upload("stride.yaml", walk.replace("1.9", "1.10").getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value("1.10"));
        mvc.perform(get("/api/scorecards/stride-up"))
                .andExpect(jsonPath("$.version").value("1.10"));
        try (AuthoringSheets older =
                new AuthoringSheets(download("/api/scorecards/stride-up/authoring.xlsx?version=1.9"))) {
            assertThat(older.find(older.sheet("settings"), 0, "version")
                            .getCell(1)
                            .getStringCellValue())
                    .isEqualTo("1.9");
        }
    }

    @Test
    @WithMockUser(username = "trainer2", roles = "TRAINER")
    void onlyAnAdminUploads() throws Exception {
        upload("any.yaml", "id: x".getBytes(StandardCharsets.UTF_8)).andExpect(status().isForbidden());
    }

    private ResultActions upload(String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/api/scorecards").file(new MockMultipartFile("file", name, null, bytes)));
    }

    private void answer(long assessment, String code, String body) throws Exception {
        mvc.perform(put("/api/assessments/{id}/responses/{code}", assessment, code)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk());
    }

    private byte[] download(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private long versionCount() {
        return jdbc.sql("select count(*) from scorecard_version")
                .query(Long.class)
                .single();
    }
}
