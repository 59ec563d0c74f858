package org.cityscore.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityscore.action.ActionApiTest.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cityscore.city.CityService;
import org.cityscore.support.CityscoreTest;
import org.cityscore.system.Reader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The action register as a workbook over HTTP: exported with the page's filters, imported back unchanged (nothing
 * changes) and edited (what was edited changes), every bad cell answered at once with nothing written, the city and
 * role rules, an action changed since the export, and text in Chinese, Korean and Mongolian kept intact.
 */
@CityscoreTest
@WithMockUser(username = "admin", roles = "ADMIN")
class ActionRegisterWorkbookTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    CityService cities;

    @Autowired
    ActionService actions;

    long city;
    long other;
    long flood;
    long sirens;
    long otherCitys;

    @BeforeEach
    void actionsOfTwoCities() {
        String suffix = String.valueOf(System.nanoTime());
        city = cities.create(new CityService.Draft("Kaili " + suffix, "Testland", Map.of(), List.of()))
                .id();
        other = cities.create(new CityService.Draft("Other " + suffix, "Testland", Map.of(), List.of()))
                .id();
        flood = make(city, "Map flood zones", "Water Bureau", "2025-06-30");
        sirens = make(city, "Buy sirens", "Fire Service", "2026-01-31");
        otherCitys = make(other, "Clear drains", "Roads Office", "2025-03-31");
    }

    private long make(long cityId, String title, String owner, String due) {
        return actions.create(
                        cityId,
                        new ActionService.Draft(
                                "undrr-preliminary",
                                List.of("P1.1", "P2.1"),
                                title,
                                "First step",
                                owner,
                                "Li Wei",
                                due,
                                null,
                                null))
                .id();
    }

    private byte[] export(RequestPostProcessor who, String... params) throws Exception {
        var request = get("/cities/{id}/actions.xlsx", city).with(who);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private ResultActions upload(byte[] workbook, RequestPostProcessor who) throws Exception {
        return mvc.perform(multipart("/api/cities/{id}/actions/import", city)
                .file(new MockMultipartFile("file", "register.xlsx", null, workbook))
                .with(who));
    }

    private JsonNode action(long id) throws Exception {
        return json.readTree(mvc.perform(get("/api/actions/{id}", id).with(as(Reader.EDITOR, city)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    /** The workbook with {@code change} made to its first sheet, as a person would in Excel. */
    private static byte[] edited(byte[] workbook, Consumer<Sheet> change) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book.getSheetAt(0));
            book.write(out);
            return out.toByteArray();
        }
    }

    private static Cell cell(Sheet sheet, String reference) {
        CellReference ref = new CellReference(reference);
        Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        return row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
    }

    /** The Excel row (1-based) holding the action. */
    private static int rowOf(Sheet sheet, long id) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.NUMERIC && (long) first.getNumericCellValue() == id) {
                return row.getRowNum() + 1;
            }
        }
        throw new AssertionError("no row of action " + id);
    }

    @Test
    void theExportHasOneRowPerActionWithDatesAStatusDropDownAndAFrozenHeader() throws Exception {
        byte[] workbook = export(as(Reader.VIEWER, city), "lang", "en");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Actions");
            List<String> headers = List.of(
                    "Id",
                    "Scorecard",
                    "Indicators",
                    "Action",
                    "Description",
                    "Owner (institution)",
                    "Lead (person)",
                    "Due",
                    "Status",
                    "Last update (UTC)");
            for (int i = 0; i < headers.size(); i++) {
                assertThat(sheet.getRow(0).getCell(i).getStringCellValue()).isEqualTo(headers.get(i));
            }
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Sheet s = sheet;
            int row = rowOf(s, flood);
            assertThat(cell(s, "B" + row).getStringCellValue()).isEqualTo("undrr-preliminary");
            assertThat(cell(s, "C" + row).getStringCellValue()).isEqualTo("P1.1, P2.1");
            assertThat(cell(s, "D" + row).getStringCellValue()).isEqualTo("Map flood zones");
            assertThat(cell(s, "F" + row).getStringCellValue()).isEqualTo("Water Bureau");
            Cell due = cell(s, "H" + row);
            assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
            assertThat(due.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 6, 30));
            assertThat(cell(s, "I" + row).getStringCellValue()).isEqualTo("planned");
            assertThat(DateUtil.isCellDateFormatted(cell(s, "J" + row))).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getColumnWidth(4)).isGreaterThan(sheet.getColumnWidth(0));
            XSSFDataValidation status = sheet.getDataValidations().get(0);
            assertThat(status.getValidationConstraint().getExplicitListValues())
                    .containsExactly("planned", "in_progress", "done", "dropped");
            assertThat(status.getRegions().getCellRangeAddress(0).formatAsString())
                    .startsWith("I2:I");
        }
        byte[] filtered = export(as(Reader.VIEWER, city), "owner", "fire service");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(filtered))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            assertThat(rowOf(book.getSheetAt(0), sirens)).isEqualTo(2);
        }
    }

    @Test
    void anUnchangedRegisterChangesNothingAndTwoEditedCellsChangeBothActions() throws Exception {
        RequestPostProcessor editor = as(Reader.EDITOR, city);
        byte[] workbook = export(editor);
        upload(workbook, editor)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.changed").value(0))
                .andExpect(jsonPath("$.unchanged").value(2));
        assertThat(action(flood).get("updates").size()).isEqualTo(1);

        byte[] twoEdits = edited(workbook, sheet -> {
            cell(sheet, "D" + rowOf(sheet, flood)).setCellValue("Map flood and landslide zones");
            cell(sheet, "I" + rowOf(sheet, sirens)).setCellValue("in_progress");
        });
        upload(twoEdits, editor)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.changed").value(2))
                .andExpect(jsonPath("$.unchanged").value(0));
        JsonNode floodNow = action(flood);
        assertThat(floodNow.get("title").asString()).isEqualTo("Map flood and landslide zones");
        assertThat(floodNow.get("status").asString()).isEqualTo("planned");
        assertThat(floodNow.get("due").asString()).isEqualTo("2025-06-30");
        JsonNode sirensNow = action(sirens);
        assertThat(sirensNow.get("status").asString()).isEqualTo("in_progress");
        assertThat(sirensNow.get("updates").size()).isEqualTo(2);
        assertThat(sirensNow.get("updates").get(1).get("status").asString()).isEqualTo("in_progress");
        assertThat(sirensNow.get("updates").get(1).get("by").asString()).isEqualTo("editor" + city);
    }

    @Test
    void aRowWithoutAnIdAddsAnAction() throws Exception {
        RequestPostProcessor editor = as(Reader.EDITOR, city);
        byte[] withNew = edited(export(editor), sheet -> {
            cell(sheet, "B4").setCellValue("undrr-preliminary");
            cell(sheet, "C4").setCellValue("P3.1; P1.1");
            cell(sheet, "D4").setCellValue("Stock sandbags");
            cell(sheet, "H4").setCellValue(LocalDate.of(2027, 5, 1));
        });
        upload(withNew, editor)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1));
        JsonNode list = json.readTree(mvc.perform(
                        get("/api/cities/{id}/actions", city).param("owner", "").with(editor))
                .andReturn()
                .getResponse()
                .getContentAsString());
        JsonNode added = null;
        for (JsonNode one : list) {
            if ("Stock sandbags".equals(one.get("title").asString())) {
                added = one;
            }
        }
        assertThat(added).isNotNull();
        assertThat(added.get("status").asString()).isEqualTo("planned");
        assertThat(added.get("due").asString()).isEqualTo("2027-05-01");
        assertThat(added.get("indicatorCodes").toString()).isEqualTo("[\"P3.1\",\"P1.1\"]");
    }

    @Test
    void threeBadCellsAreAnsweredAllAtOnceAndNothingIsWritten() throws Exception {
        RequestPostProcessor editor = as(Reader.EDITOR, city);
        int[] rows = new int[2];
        byte[] bad = edited(export(editor), sheet -> {
            rows[0] = rowOf(sheet, flood);
            rows[1] = rowOf(sheet, sirens);
            cell(sheet, "I" + rows[0]).setCellValue("finished");
            cell(sheet, "D" + rows[0]).setCellValue("A good new title");
            cell(sheet, "H" + rows[1]).setCellValue("next spring");
            cell(sheet, "C4").setCellValue("P1.1");
            cell(sheet, "B4").setCellValue("undrr-preliminary");
            cell(sheet, "D4").setCellValue("");
            cell(sheet, "B5").setCellValue("undrr-preliminary");
            cell(sheet, "C5").setCellValue("P1.1");
            cell(sheet, "D5").setCellValue("A valid new action");
        });
        upload(bad, editor)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[*].cell")
                        .value(containsInAnyOrder("Actions!I" + rows[0], "Actions!H" + rows[1], "Actions!D4")))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("status", "due", "title")))
                .andExpect(jsonPath("$.errors[?(@.cell == 'Actions!I%d')].message", rows[0])
                        .value("\"finished\" is not a status of an action; use planned, in_progress, done or dropped."))
                .andExpect(jsonPath("$.errors[0].file").value("register.xlsx"))
                .andExpect(jsonPath("$.errors[0].sheet").value("Actions"));
        assertThat(action(flood).get("title").asString()).isEqualTo("Map flood zones");
        mvc.perform(get("/api/cities/{id}/actions", city).with(editor))
                .andExpect(jsonPath("$.length()").value(2));
    }

    @Test
    void aClearedStatusCellAsksForAStatus() throws Exception {
        RequestPostProcessor editor = as(Reader.EDITOR, city);
        int[] row = new int[1];
        byte[] cleared = edited(export(editor), sheet -> {
            row[0] = rowOf(sheet, sirens);
            cell(sheet, "I" + row[0]).setBlank();
        });
        upload(cleared, editor)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].cell").value("Actions!I" + row[0]))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Give the action's status: planned, in_progress, done or dropped."));
    }

    @Test
    void aRowWithAnotherCitysActionIdIsRefusedAtItsCell() throws Exception {
        RequestPostProcessor editor = as(Reader.EDITOR, city);
        int[] row = new int[1];
        byte[] foreign = edited(export(editor), sheet -> {
            row[0] = rowOf(sheet, flood);
            cell(sheet, "A" + row[0]).setCellValue(otherCitys);
        });
        upload(foreign, editor)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].cell").value("Actions!A" + row[0]))
                .andExpect(jsonPath("$.errors[0].field").value("id"));
        mvc.perform(get("/api/actions/{id}", otherCitys))
                .andExpect(jsonPath("$.title").value("Clear drains"))
                .andExpect(jsonPath("$.cityId").value(other));
    }

    @Test
    void anActionChangedSinceTheExportIsNotOverwritten() throws Exception {
        RequestPostProcessor editor = as(Reader.EDITOR, city);
        byte[] workbook = export(editor);
        mvc.perform(patch("/api/actions/{id}", flood)
                        .with(as(Reader.TRAINER, city))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"owner\": \"Planning Office\"}"))
                .andExpect(status().isOk());
        int[] row = new int[1];
        byte[] stale = edited(workbook, sheet -> {
            row[0] = rowOf(sheet, flood);
            cell(sheet, "D" + row[0]).setCellValue("Map every flood zone");
        });
        upload(stale, editor)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].cell").value("Actions!J" + row[0]))
                .andExpect(jsonPath("$.errors[0].key").value("action.import.changedSinceExport"));
        assertThat(action(flood).get("owner").asString()).isEqualTo("Planning Office");
        assertThat(action(flood).get("title").asString()).isEqualTo("Map flood zones");
        // the old workbook as it was would undo the owner's change: refused as well; a new export imports
        upload(workbook, editor).andExpect(status().isUnprocessableContent());
        upload(export(editor), editor)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changed").value(0));
    }

    @Test
    void aReaderOfAnotherCityGets404AndAViewer403() throws Exception {
        byte[] workbook = export(as(Reader.EDITOR, city));
        mvc.perform(get("/cities/{id}/actions.xlsx", city).with(as(Reader.EDITOR, other)))
                .andExpect(status().isNotFound());
        upload(workbook, as(Reader.TRAINER, other)).andExpect(status().isNotFound());
        upload(workbook, as(Reader.VIEWER, city)).andExpect(status().isForbidden());
        mvc.perform(multipart("/cities/{id}/actions/import", city)
                        .file(new MockMultipartFile("file", "register.xlsx", null, workbook))
                        .with(as(Reader.VIEWER, city))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void chineseKoreanAndMongolianTextComesBackIntact() throws Exception {
        RequestPostProcessor editor = as(Reader.EDITOR, city);
        byte[] workbook = export(editor, "lang", "zh");
        String title = "绘制洪水风险区地图";
        String owner = "수자원국";
        String lead = "Батбаяр";
        byte[] edited = edited(workbook, sheet -> {
            assertThat(sheet.getSheetName()).isEqualTo("行动");
            assertThat(cell(sheet, "I1").getStringCellValue()).isEqualTo("状态");
            int row = rowOf(sheet, flood);
            cell(sheet, "D" + row).setCellValue(title);
            cell(sheet, "F" + row).setCellValue(owner);
            cell(sheet, "G" + row).setCellValue(lead);
        });
        upload(edited, editor)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changed").value(1));
        JsonNode now = action(flood);
        assertThat(now.get("title").asString()).isEqualTo(title);
        assertThat(now.get("owner").asString()).isEqualTo(owner);
        assertThat(now.get("lead").asString()).isEqualTo(lead);
        try (XSSFWorkbook again = new XSSFWorkbook(new ByteArrayInputStream(export(editor, "lang", "mn")))) {
            Sheet sheet = again.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Арга хэмжээ");
            int row = rowOf(sheet, flood);
            assertThat(cell(sheet, "D" + row).getStringCellValue()).isEqualTo(title);
            assertThat(cell(sheet, "F" + row).getStringCellValue()).isEqualTo(owner);
            assertThat(cell(sheet, "G" + row).getStringCellValue()).isEqualTo(lead);
        }
    }

    @Test
    void theRegisterPageOffersTheWorkbookAndListsEveryProblemOfAnUpload() throws Exception {
        RequestPostProcessor editor = as(Reader.EDITOR, city);
        String page = mvc.perform(get("/cities/{id}/actions", city)
                        .param("lang", "en")
                        .param("status", "planned")
                        .with(editor))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("href=\"/cities/" + city + "/actions.xlsx?status=planned\"")
                .contains("action=\"/cities/" + city + "/actions/import\"");
        String viewers = mvc.perform(get("/cities/{id}/actions", city).with(as(Reader.VIEWER, city)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(viewers).contains("actions.xlsx").doesNotContain("/actions/import");

        byte[] bad = edited(
                export(editor), sheet -> cell(sheet, "I" + rowOf(sheet, flood)).setCellValue("half"));
        String answer = mvc.perform(multipart("/cities/{id}/actions/import", city)
                        .file(new MockMultipartFile("file", "register.xlsx", null, bad))
                        .param("lang", "en")
                        .with(editor)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(answer)
                .contains("Nothing of register.xlsx was imported")
                .contains("Actions!I")
                .contains("&quot;half&quot; is not a status of an action");

        mvc.perform(multipart("/cities/{id}/actions/import", city)
                        .file(new MockMultipartFile("file", "register.xlsx", null, export(editor)))
                        .with(editor)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getFlashMap().get("imported"))
                        .isEqualTo(new ActionRegister.Imported(0, 0, 2)));
    }

    @Test
    void aFileThatIsNoRegisterIsRefusedAsAWhole() throws Exception {
        RequestPostProcessor editor = as(Reader.EDITOR, city);
        upload("not a workbook".getBytes(), editor)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].cell").doesNotExist());
        byte[] shifted = edited(export(editor), sheet -> cell(sheet, "C1").setCellValue("Notes"));
        upload(shifted, editor)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].cell").value("Actions!C1"));
    }
}
