package org.cityscore.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

/** Workbooks out and in: a round trip, every bad cell at once, and hostile or broken files that change nothing. */
@CityscoreTest
@WithMockUser(username = "trainer", roles = "ADMIN")
class ExcelImportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    byte[] template(String scorecard) throws Exception {
        return mvc.perform(get("/api/scorecards/{id}/template.xlsx", scorecard))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    /** Fills the Scores sheet: row for an indicator code, column, value (String, Number or "=formula"). */
    static byte[] fill(byte[] workbook, Consumer<Sheet> filling) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            filling.accept(book.getSheet("Scores"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    static Row row(Sheet sheet, String code) {
        for (Row row : sheet) {
            if (row.getRowNum() >= WorkbookLayout.FIRST_DATA_ROW
                    && code.equals(row.getCell(WorkbookLayout.CODE).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + code);
    }

    static void set(Sheet sheet, String code, int column, Object value) {
        var cell = row(sheet, code).getCell(column);
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof String text && text.startsWith("=")) {
            cell.setCellFormula(text.substring(1));
        } else {
            cell.setCellValue(String.valueOf(value));
        }
    }

    static void meta(Sheet sheet, int index, Object value) {
        var cell = sheet.getRow(WorkbookLayout.META_FIRST_ROW + index).getCell(1);
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue(String.valueOf(value));
        }
    }

    ResultActions upload(byte[] file) throws Exception {
        return mvc.perform(
                multipart("/api/assessments/import").file(new MockMultipartFile("file", "filled.xlsx", null, file)));
    }

    long counts() {
        return jdbc.sql("select (select count(*) from assessment) * 100000 + (select count(*) from response)")
                .query(Long.class)
                .single();
    }

    @Test
    void aFilledTemplateImportsToTheSameResultsAsTheApi() throws Exception {
        byte[] filled = fill(template("ecomobility-shift-plus"), sheet -> {
            meta(sheet, 2, "佛山");
            meta(sheet, 3, "China");
            meta(sheet, 4, 2025);
            set(sheet, "E1", WorkbookLayout.LEVEL, "4 – Established");
            set(sheet, "E2", WorkbookLayout.LEVEL, 3);
            set(sheet, "E3", WorkbookLayout.LEVEL, "５");
            set(sheet, "E4", WorkbookLayout.LEVEL, "2 ");
            set(sheet, "E5", WorkbookLayout.LEVEL, "=1+1");
            set(sheet, "TSS 6", WorkbookLayout.NOT_APPLICABLE, "N/A");
            set(sheet, "TSS 1", WorkbookLayout.LEVEL, 1);
            set(sheet, "TSS 1", WorkbookLayout.COMMENT, "老城区人行道狭窄");
            set(sheet, "P1", WorkbookLayout.VALUE, "55");
            set(sheet, "P3", WorkbookLayout.VALUE, 24.5);
        });
        JsonNode imported = json.readTree(upload(filled)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.city").value("佛山"))
                .andExpect(jsonPath("$.year").value(2025))
                .andReturn()
                .getResponse()
                .getContentAsString());

        long viaApi = json.readTree(mvc.perform(
                                post("/api/assessments")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(
                                                "{\"scorecardId\":\"ecomobility-shift-plus\",\"city\":\"Foshan\",\"year\":2025}"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asLong();
        Map<String, String> answers = Map.of(
                "E1",
                "{\"level\":4}",
                "E2",
                "{\"level\":3}",
                "E3",
                "{\"level\":5}",
                "E4",
                "{\"level\":2}",
                "E5",
                "{\"level\":2}",
                "TSS 6",
                "{\"notApplicable\":true}",
                "TSS 1",
                "{\"level\":1}",
                "P1",
                "{\"value\":55}",
                "P3",
                "{\"value\":24.5}");
        for (var answer : answers.entrySet()) {
            mvc.perform(put("/api/assessments/{id}/responses/{code}", viaApi, answer.getKey())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(answer.getValue()))
                    .andExpect(status().isOk());
        }
        JsonNode fromWorkbook = results(imported.get("id").asLong());
        JsonNode fromApi = results(viaApi);
        assertThat(fromWorkbook.get("overall")).isEqualTo(fromApi.get("overall"));
        assertThat(fromWorkbook.get("categories")).isEqualTo(fromApi.get("categories"));
        assertThat(fromWorkbook.get("indicators")).isEqualTo(fromApi.get("indicators"));
        assertThat(fromWorkbook.get("answered").asInt()).isEqualTo(8);
    }

    JsonNode results(long id) throws Exception {
        return json.readTree(mvc.perform(get("/api/assessments/{id}/results", id))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void everyBadCellIsReportedAtOnceAndNothingIsStored() throws Exception {
        long before = counts();
        byte[] filled = fill(template("undrr-preliminary"), sheet -> {
            meta(sheet, 2, "Kaili");
            meta(sheet, 4, 2025);
            set(sheet, "P1.1", WorkbookLayout.LEVEL, 2);
            set(sheet, "P3.2", WorkbookLayout.LEVEL, 7);
            set(sheet, "P2.1", WorkbookLayout.LEVEL, "Excellent");
            set(sheet, "P4.1", WorkbookLayout.NOT_APPLICABLE, "N/A");
            row(sheet, "P5.1").getCell(WorkbookLayout.CODE).setCellValue("P1.1");
            row(sheet, "P5.2").getCell(WorkbookLayout.CODE).setCellValue("P99.9");
        });
        upload(filled)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(5))
                .andExpect(jsonPath("$.errors[?(@.cell == 'Scores!E20')].message")
                        .value("Level 7 is outside 0–3 for P3.2; choose 0, 1, 2 or 3."))
                .andExpect(jsonPath("$.errors[?(@.cell == 'Scores!E20')].indicatorCode")
                        .value("P3.2"))
                .andExpect(jsonPath("$.errors[?(@.indicatorCode == 'P2.1')].message")
                        .value("\"Excellent\" is not a level of P2.1; choose 0–3 from the list."))
                .andExpect(
                        jsonPath("$.errors[?(@.indicatorCode == 'P4.1')].cell").value("Scores!F23"))
                .andExpect(jsonPath("$.errors[?(@.cell == 'Scores!B27')].message")
                        .value("P1.1 appears twice, in Scores!B11 and Scores!B27; keep one row."))
                .andExpect(jsonPath("$.errors[?(@.indicatorCode == 'P99.9')].sheet")
                        .value("Scores"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aWorkbookForAnotherScorecardIsRefusedNamingBoth() throws Exception {
        long id = json.readTree(mvc.perform(post("/api/assessments")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"scorecardId\":\"undrr-preliminary\",\"city\":\"Kaili\",\"year\":2025}"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asLong();
        long before = counts();
        mvc.perform(multipart("/api/assessments/{id}/import", id)
                        .file(new MockMultipartFile(
                                "file",
                                "x.xlsx",
                                null,
                                fill(template("iclei-5rs"), sheet -> set(sheet, "RT1", WorkbookLayout.LEVEL, 2)))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("iclei-5rs version 1.0")))
                .andExpect(jsonPath("$.errors[0].message", containsString("undrr-preliminary version 2017.1")));
        assertThat(counts()).isEqualTo(before);
        mvc.perform(multipart("/api/assessments/{id}/import", id)
                        .file(new MockMultipartFile(
                                "file",
                                "x.xlsx",
                                null,
                                fill(
                                        template("undrr-preliminary"),
                                        sheet -> set(sheet, "P10.2", WorkbookLayout.LEVEL, "3 – Strong")))))
                .andExpect(status().isOk());
        mvc.perform(get("/api/assessments/{id}/results", id))
                .andExpect(jsonPath("$.overall.label").value("3 / 141"));
    }

    @Test
    void hostileAndBrokenFilesGetAClearMessageAndChangeNothing() throws Exception {
        long before = counts();
        expectRefused("not a workbook".getBytes(StandardCharsets.UTF_8), "This is not an Excel workbook");
        expectRefused(xls(), "save it as .xlsx");
        expectRefused(encrypted(fill(template("iclei-5rs"), sheet -> {})), "protected with a password");
        expectRefused(zipBomb(template("iclei-5rs")), "expands to far more data");
        expectRefused(externalEntity(template("iclei-5rs")), "damaged");
        expectRefused(new byte[0], "empty");
        assertThat(counts()).isEqualTo(before);
    }

    void expectRefused(byte[] file, String message) throws Exception {
        upload(file)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message", containsString(message)));
    }

    static byte[] xls() throws IOException {
        try (HSSFWorkbook book = new HSSFWorkbook()) {
            book.createSheet("Scores");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    static byte[] encrypted(byte[] xlsx) throws Exception {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        try (POIFSFileSystem file = new POIFSFileSystem()) {
            try (OutputStream out = encryptor.getDataStream(file)) {
                out.write(xlsx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            file.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** The template with its Scores sheet XML padded by 40 MB of spaces: a tiny file that inflates enormously. */
    static byte[] zipBomb(byte[] xlsx) throws IOException {
        return rewriteSheet(xlsx, xml -> xml.replaceFirst("<sheetData", " ".repeat(40_000_000) + "<sheetData"));
    }

    /** The template with an XML external entity in its Scores sheet. */
    static byte[] externalEntity(byte[] xlsx) throws IOException {
        return rewriteSheet(
                xlsx,
                xml -> xml.replaceFirst(
                        "<worksheet", "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><worksheet"));
    }

    static byte[] rewriteSheet(byte[] xlsx, UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet2.xml")) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
