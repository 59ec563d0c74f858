package org.cityscore.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.ResponseValue;
import org.cityscore.support.CityscoreTest;
import org.cityscore.workshop.ParticipantPrincipal;
import org.cityscore.workshop.Workshop;
import org.cityscore.workshop.WorkshopService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Participants' comments from the workshops reach the assessment's workbook, on a sheet of their own. */
@CityscoreTest
class WorkshopCommentsExportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AssessmentService assessments;

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkbookImports imports;

    private XSSFWorkbook download(long id, String lang) throws Exception {
        byte[] file = mvc.perform(get("/api/assessments/{id}/workbook.xlsx", id)
                        .param("lang", lang)
                        .with(user("trainer").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(file));
    }

    private void answer(Workshop workshop, String name, String department, String code, Integer level, String comment) {
        answer(workshop, name, department, code, level, comment, false);
    }

    private void answer(
            Workshop workshop,
            String name,
            String department,
            String code,
            Integer level,
            String comment,
            boolean anonymous) {
        var joined = workshops.join(workshop.joinCode(), name, department, null, anonymous);
        workshops.answer(
                new ParticipantPrincipal(joined.participant().id(), workshop.id(), name),
                workshop.id(),
                code,
                new ResponseValue(level, null, false, comment, null, null, null, null));
    }

    @Test
    void theWorkbookListsWhoCommentedWhatAndStillImports() throws Exception {
        long id = assessments
                .create(new AssessmentService.NewAssessment("iclei-5rs", "Hiroshima", "Japan", 2025, null, null), false)
                .id();
        try (XSSFWorkbook before = download(id, "en")) {
            assertThat(before.getSheet(WorkshopCommentsSheet.NAME)).isNull();
        }
        Workshop workshop = workshops.open(id);
        answer(workshop, "佐藤", "環境局", "RT1", 3, "循環戦略は採択済み");
        answer(workshop, "Kim", null, "RT1", 1, null);
        answer(workshop, "Chen Wei", "Finance", "RT2", 0, "No budget line yet", true);

        try (XSSFWorkbook workbook = download(id, "en")) {
            Sheet sheet = workbook.getSheet(WorkshopCommentsSheet.NAME);
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Participant");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("RT1");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("佐藤");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("環境局");
            assertThat(row.getCell(4).getStringCellValue()).startsWith("3");
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("循環戦略は採択済み");
            assertThat(sheet.getProtect()).isTrue();
            Row anonymous = sheet.getRow(2);
            assertThat(anonymous.getCell(0).getStringCellValue()).isEqualTo("RT2");
            assertThat(anonymous.getCell(2).getStringCellValue()).isEqualTo("anonymous");
            assertThat(anonymous.getCell(3).getStringCellValue()).isEqualTo("Finance");
            assertThat(anonymous.getCell(5).getStringCellValue()).isEqualTo("No budget line yet");
        }
        try (XSSFWorkbook chinese = download(id, "zh")) {
            assertThat(chinese.getSheet(WorkshopCommentsSheet.NAME)
                            .getRow(0)
                            .getCell(2)
                            .getStringCellValue())
                    .isEqualTo("参与者");
        }
        byte[] exported = mvc.perform(get("/api/assessments/{id}/workbook.xlsx", id)
                        .with(user("trainer").roles("ADMIN")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(imports.importInto(id, exported, "trainer").id()).isEqualTo(id);
    }
}
