package org.cityscore.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityscore.excel.ExcelImportTest.fill;
import static org.cityscore.excel.ExcelImportTest.meta;
import static org.cityscore.excel.ExcelImportTest.set;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cityscore.support.CityscoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Imports follow the limits of the API and the forms, and name the cell that breaks one; nothing is stored. */
@CityscoreTest
@WithMockUser(username = "trainer", roles = "ADMIN")
class ImportBoundsTest {

    static final String LONG = "x".repeat(30_000);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    byte[] template() throws Exception {
        return mvc.perform(get("/api/scorecards/{id}/template.xlsx", "undrr-preliminary"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    ResultActions upload(byte[] file, String... year) throws Exception {
        var request =
                multipart("/api/assessments/import").file(new MockMultipartFile("file", "filled.xlsx", null, file));
        if (year.length > 0) {
            request.param("year", year[0]);
        }
        return mvc.perform(request);
    }

    long counts() {
        return jdbc.sql("select (select count(*) from assessment) * 100000 + (select count(*) from response)")
                .query(Long.class)
                .single();
    }

    @Test
    void aTextOverItsLimitIsReportedWithItsCell() throws Exception {
        long before = counts();
        upload(fill(template(), sheet -> {
                    meta(sheet, 2, "c".repeat(201));
                    meta(sheet, 4, 2025);
                    meta(sheet, 6, "t".repeat(301));
                    set(sheet, "P1.1", WorkbookLayout.LEVEL, 2);
                    set(sheet, "P1.1", WorkbookLayout.COMMENT, LONG);
                    set(sheet, "P1.2", WorkbookLayout.LEVEL, 1);
                    set(sheet, "P1.2", WorkbookLayout.RESPONSIBLE, "r".repeat(1001));
                }))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(4))
                .andExpect(jsonPath("$.errors[?(@.cell == 'Scores!B4')].message")
                        .value("The city has 201 characters; at most 200 fit. Shorten it."))
                .andExpect(jsonPath("$.errors[?(@.cell == 'Scores!B8')].key").value("text.tooLong"))
                .andExpect(jsonPath("$.errors[?(@.cell == 'Scores!I11')].message")
                        .value("The comment has 30000 characters; at most 20000 fit. Shorten it."))
                .andExpect(jsonPath("$.errors[?(@.cell == 'Scores!I11')].indicatorCode")
                        .value("P1.1"))
                .andExpect(jsonPath("$.errors[?(@.cell == 'Scores!L12')].indicatorCode")
                        .value("P1.2"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void yearsOutside1900To2200AreRefusedWithTheirCell() throws Exception {
        long before = counts();
        for (Object year : new Object[] {99999, -5, "1e999999999"}) {
            upload(fill(template(), sheet -> {
                        meta(sheet, 2, "Kaili");
                        meta(sheet, 4, year);
                    }))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].cell").value("Scores!B6"))
                    .andExpect(jsonPath("$.errors[0].message", containsString("is not a year from 1900 to 2200")));
        }
        upload(fill(template(), sheet -> meta(sheet, 2, "Kaili")), "99999")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void textFromCellsIsCleanedLikeTypedText() throws Exception {
        String id = upload(fill(template(), sheet -> {
                    meta(sheet, 2, "Zu\u0308rich");
                    meta(sheet, 4, 2025);
                    set(sheet, "P1.1", WorkbookLayout.LEVEL, 2);
                    set(sheet, "P1.1", WorkbookLayout.COMMENT, "\u202Eplan\u202C\r\nadopted");
                }))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.city").value("Z\u00fcrich"))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll(".*?\"id\":(\\d+).*", "$1");
        mvc.perform(get("/api/assessments/{id}/responses", id))
                .andExpect(jsonPath("$[?(@.indicatorCode == 'P1.1')].comment").value("plan\nadopted"));
    }

    @Test
    void theOfficialUndrrWorkbookFollowsTheSameLimits() throws Exception {
        long before = counts();
        byte[] official = UndrrOfficialWorkbookTest.officialWorkbook(true, new HashMap<>());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(official))) {
            book.getSheet("Info").getRow(3).getCell(2).setCellValue("c".repeat(201));
            book.getSheet("E01").getRow(3).getCell(2).setCellValue(LONG);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            official = out.toByteArray();
        }
        upload(official)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.cell == 'Info!C4')].message")
                        .value("The city has 201 characters; at most 200 fit. Shorten it."))
                .andExpect(jsonPath("$.errors[?(@.cell == 'E01!C4')].indicatorCode")
                        .value("P1.1"));
        assertThat(counts()).isEqualTo(before);
    }
}
