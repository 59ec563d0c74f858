package org.cityscore.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cityscore.scorecard.Category;
import org.cityscore.scorecard.Indicator;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.scorecard.ShippedScorecards;
import org.cityscore.support.CityscoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A workbook with the layout of the official UNDRR preliminary scorecard (Info, Results, E01…E10; question titles
 * in column B, the chosen answer index four rows below in column E) imports to the right scores and total.
 */
@CityscoreTest
@WithMockUser(username = "trainer", roles = "ADMIN")
class UndrrOfficialWorkbookTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    /** The answer index chosen for question number n (1-based within its Essential); 0 means left blank. */
    static int answerIndex(int essential, int n) {
        return essential == 10 && n == 2 ? 0 : (essential + n) % 4 + 1;
    }

    static byte[] officialWorkbook(boolean withDate, Map<String, Integer> expectedLevels) throws Exception {
        ScorecardDefinition undrr = ShippedScorecards.get("undrr-preliminary");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("Cover")
                    .createRow(0)
                    .createCell(0)
                    .setCellValue("Disaster Resilience Scorecard for Cities");
            Sheet info = book.createSheet("Info");
            info.createRow(2).createCell(1).setCellValue("This Assessment");
            label(info, 3, "City name", "凯里");
            label(info, 4, "Type of city", "Prefecture-level city");
            label(info, 5, "Country", "China");
            Row date = info.createRow(6);
            date.createCell(1).setCellValue("Date of assessment");
            if (withDate) {
                CellStyle dateStyle = book.createCellStyle();
                dateStyle.setDataFormat(
                        book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
                date.createCell(2).setCellValue(LocalDate.of(2024, 11, 5));
                date.getCell(2).setCellStyle(dateStyle);
            }
            Sheet results = book.createSheet("Results");
            Row header = results.createRow(60);
            String[] names = {"Label", "Name", "Essential", "TotalScore", "MaxScore"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            int essential = 0;
            for (Category category : undrr.categories()) {
                essential++;
                Sheet sheet = book.createSheet(String.format("E%02d", essential));
                int total = 0;
                int n = 0;
                for (Indicator question : category.indicators()) {
                    n++;
                    int title = 2 + 11 * (n - 1);
                    sheet.createRow(title)
                            .createCell(1)
                            .setCellValue(
                                    question.code() + " - " + question.name().in("en"));
                    label(sheet, title + 1, "Comments", "Comment on " + question.code());
                    label(
                            sheet,
                            title + 2,
                            "Means of verification (explanation and evidence)",
                            "Evidence " + question.code());
                    int index = answerIndex(essential, n);
                    Row answer = sheet.createRow(title + 4);
                    if (index > 0) {
                        answer.createCell(4).setCellValue(index);
                        expectedLevels.put(question.code(), 4 - index);
                        total += 4 - index;
                    }
                    Row planHeader = sheet.createRow(title + 6);
                    planHeader.createCell(1).setCellValue("Actions to achieve maximum resilience");
                    planHeader.createCell(2).setCellValue("Responsible institution");
                    planHeader.createCell(3).setCellValue("Timescale");
                    Row plan = sheet.createRow(title + 7);
                    plan.createCell(1).setCellValue("Action for " + question.code());
                    plan.createCell(2).setCellValue("应急管理局");
                    plan.createCell(3).setCellValue("2026");
                }
                Row summary = results.createRow(60 + essential);
                summary.createCell(0).setCellValue("E" + essential);
                summary.createCell(2).setCellValue(category.title().in("en"));
                summary.createCell(3).setCellValue(total);
                summary.createCell(4).setCellValue(category.indicators().size() * 3);
            }
            book.createSheet("About");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    static void label(Sheet sheet, int row, String label, String value) {
        Row r = sheet.createRow(row);
        r.createCell(1).setCellValue(label);
        r.createCell(2).setCellValue(value);
    }

    @Test
    void theOfficialLayoutImportsEveryScoreAndTheTotal() throws Exception {
        Map<String, Integer> levels = new LinkedHashMap<>();
        byte[] workbook = officialWorkbook(true, levels);
        int expectedTotal = levels.values().stream().mapToInt(Integer::intValue).sum();
        JsonNode imported = json.readTree(mvc.perform(multipart("/api/assessments/import")
                        .file(new MockMultipartFile("file", "Kaili scorecard.xlsm", null, workbook)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(imported.get("city").asString()).isEqualTo("凯里");
        assertThat(imported.get("country").asString()).isEqualTo("China");
        assertThat(imported.get("year").asInt()).isEqualTo(2024);
        JsonNode report = imported.get("import");
        assertThat(report.get("layout").asString()).isEqualTo("undrr-official");
        assertThat(report.get("found")).hasSize(47);
        assertThat(report.get("missing")).isEmpty();
        assertThat(report.get("unanswered").get(0).asString()).isEqualTo("P10.2");
        assertThat(report.get("workbookTotal").asInt()).isEqualTo(expectedTotal);
        assertThat(report.get("total").asString()).isEqualTo(expectedTotal + " / 141");

        long id = imported.get("id").asLong();
        JsonNode results = json.readTree(mvc.perform(get("/api/assessments/{id}/results", id))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(results.get("overall").get("label").asString()).isEqualTo(expectedTotal + " / 141");
        assertThat(results.get("answered").asInt()).isEqualTo(46);
        for (JsonNode indicator : results.get("indicators")) {
            String code = indicator.get("code").asString();
            if (levels.containsKey(code)) {
                assertThat(indicator.get("level").asInt()).as(code).isEqualTo(levels.get(code));
            } else {
                assertThat(indicator.get("status").asString()).as(code).isEqualTo("missing");
            }
        }
        JsonNode p11 = json.readTree(mvc.perform(get("/api/assessments/{id}/responses", id))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get(0);
        assertThat(p11.get("indicatorCode").asString()).isEqualTo("P1.1");
        assertThat(p11.get("comment").asString()).isEqualTo("Comment on P1.1");
        assertThat(p11.get("evidence").asString()).isEqualTo("Evidence P1.1");
        assertThat(p11.get("responsible").asString()).isEqualTo("应急管理局");
    }

    @Test
    void anEmptyDateTakesTheYearParameterOrSaysWhatIsMissing() throws Exception {
        byte[] workbook = officialWorkbook(false, new LinkedHashMap<>());
        mvc.perform(multipart("/api/assessments/import").file(new MockMultipartFile("file", "w.xlsm", null, workbook)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(multipart("/api/assessments/import")
                        .file(new MockMultipartFile("file", "w.xlsm", null, workbook))
                        .param("year", "2023"))
                .andExpect(status().isCreated());
    }
}
