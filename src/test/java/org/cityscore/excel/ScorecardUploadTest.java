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
import org.apache.poi.ss.util.CellReference;
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
        List<String> expected = new ArrayList<>();
        byte[] broken;
        try (AuthoringSheets book = new AuthoringSheets(download("/api/scorecards/ecomobility-shift-plus/authoring.xlsx"))) {
            book.setting("id", "shift-copy");
            Row level = book.find(book.sheet("levels"), 0, "E1");
            level.getCell(1).setCellValue(7);
            expected.add("levels!" + cell(level.getRowNum(), 1));
            Row threshold = rowOf(book, "thresholds", "P1", "3");
            threshold.getCell(2).setCellValue(30);
            expected.add("thresholds!" + cell(threshold.getRowNum(), 2));
            Row e2 = book.find(book.sheet("indicators"), 2, "E2");
            e2.getCell(book.column("indicators", "name::zh")).setBlank();
            expected.add("indicators!" + cell(e2.getRowNum(), book.column("indicators", "name::zh")));
            Row twice = book.row("indicators", "category", "E", "code", "E1", "name::en", "Again", "name::zh", "再次",
                    "question::en", "?", "question::zh", "？");
            expected.add("indicators!" + cell(twice.getRowNum(), 2));
            Row e5 = book.find(book.sheet("indicators"), 2, "E5");
            e5.getCell(book.column("indicators", "kind")).setCellValue("mesured");
            expected.add("indicators!" + cell(e5.getRowNum(), book.column("indicators", "kind")));
            broken = book.bytes();
        }
        long versions = versionCount();

        JsonNode errors = body(upload("shift-copy.xlsx", broken).andExpect(status().isUnprocessableContent()))
                .get("errors");

        assertThat(errors).hasSize(5);
        List<String> cells = new ArrayList<>();
        errors.forEach(error -> cells.add(error.get("cell").asString()));
        assertThat(cells).containsExactlyInAnyOrderElementsOf(expected);
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
        byte[] authored;
        try (AuthoringSheets book = new AuthoringSheets(download("/api/scorecards/authoring-template.xlsx"))) {
            book.setting("id", "city-walkability")
                    .setting("version", "1.0")
                    .setting("languages", "en, zh")
                    .setting("title::en", "City walkability")
                    .setting("title::zh", "城市步行友好度")
                    .setting("scaleMin", 0)
                    .setting("scaleMax", 3)
                    .setting("citation", "Written for Cityscore by the Example City training team, 2026")
                    .setting("note::en", "All texts are Cityscore's own.")
                    .setting("note::zh", "所有文本均为 Cityscore 自行编写。");
            for (String sheet : List.of("scale", "bands")) {
                book.addColumn(sheet, "label::zh");
            }
            book.addColumn("categories", "title::zh");
            book.addColumn("indicators", "name::zh").addColumn("indicators", "question::zh").addColumn("indicators", "unit::zh");
            book.addColumn("levels", "description::zh");
            String[][] labels = {{"None", "无"}, {"Started", "起步"}, {"Adopted", "已采纳"}, {"Implemented", "已实施"}};
            for (int level = 0; level <= 3; level++) {
                book.row("scale", "level", level, "label::en", labels[level][0], "label::zh", labels[level][1]);
            }
            book.row("categories", "code", "W", "title::en", "Walking", "title::zh", "步行");
            book.row("indicators", "category", "W", "code", "W1", "kind", "rated", "name::en", "Sidewalk network",
                    "name::zh", "人行道网络", "question::en", "Do main streets have continuous sidewalks?",
                    "question::zh", "主要街道是否有连续的人行道？");
            book.row("indicators", "category", "W", "code", "W2", "kind", "measured", "name::en", "Walking share",
                    "name::zh", "步行出行比例", "question::en", "What share of trips is made on foot?",
                    "question::zh", "步行出行占全部出行的比例是多少？", "unit::en", "% of trips", "unit::zh", "占出行的百分比",
                    "rangeMin", 0, "rangeMax", 100, "direction", "higher-is-better", "weight", 2);
            book.row("levels", "indicator", "W1", "level", 3, "description::en", "Continuous sidewalks on all main streets",
                    "description::zh", "所有主要街道都有连续人行道");
            for (int level = 1; level <= 3; level++) {
                book.row("thresholds", "indicator", "W2", "level", level, "value", level * 10);
            }
            book.row("bands", "from", 0, "label::en", "Bronze", "label::zh", "铜级");
            authored = book.bytes();
        }

        upload("city-walkability.xlsx", authored)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value("city-walkability"))
                .andExpect(jsonPath("$.version").value("1.0"));
        mvc.perform(get("/api/scorecards/city-walkability").param("lang", "zh"))
                .andExpect(jsonPath("$.categories[0].indicators[1].unit.zh").value("占出行的百分比"));

        long assessment = body(mvc.perform(post("/api/assessments")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"scorecardId\": \"city-walkability\", \"city\": \"Walkton\", \"year\": 2026}"))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        answer(assessment, "W1", "{\"level\": 3, \"version\": 0}");
        answer(assessment, "W2", "{\"value\": 25, \"version\": 0}");
        mvc.perform(get("/api/assessments/{id}/results", assessment))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.overall.percent").exists());
        mvc.perform(get("/api/assessments/{id}/workbook.xlsx", assessment)).andExpect(status().isOk());

        try (AuthoringSheets exported = new AuthoringSheets(download("/api/scorecards/city-walkability/authoring.xlsx"))) {
            Row w2 = exported.find(exported.sheet("indicators"), 2, "W2");
            assertThat(w2.getCell(exported.column("indicators", "name::zh")).getStringCellValue())
                    .isEqualTo("步行出行比例");
            assertThat(exported.find(exported.sheet("settings"), 0, "version").getCell(1).getStringCellValue())
                    .isEqualTo("1.0");
        }
    }

    @Test
    void aBillionLaughsYamlIsRefusedWithAClearError() throws Exception {
        StringBuilder yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char name = 'b'; name <= 'i'; name++) {
            String previous = "*" + (char) (name - 1);
            yaml.append(name).append(": &").append(name).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, previous)))
                    .append("]\n");
        }

        upload("laughs.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].file").value("laughs.yaml"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("more than 20 aliases")));
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
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("already has version 1.9")));
        upload("stride.yaml", walk.replace("1.9", "1.10").getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value("1.10"));
        mvc.perform(get("/api/scorecards/stride-up")).andExpect(jsonPath("$.version").value("1.10"));
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
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private static Row rowOf(AuthoringSheets book, String sheet, String code, String level) {
        for (Row row : book.sheet(sheet)) {
            if (row.getCell(0) != null && code.equals(row.getCell(0).toString())
                    && row.getCell(1) != null && row.getCell(1).getNumericCellValue() == Double.parseDouble(level)) {
                return row;
            }
        }
        throw new AssertionError("no row " + code + " " + level + " in " + sheet);
    }

    private static String cell(int row, int column) {
        return new CellReference(row, column).formatAsString(false);
    }

    private long versionCount() {
        return jdbc.sql("select count(*) from scorecard_version").query(Long.class).single();
    }
}
