package org.cityscore.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.scorecard.ShippedScorecards;
import org.cityscore.text.BundleTexts;
import org.junit.jupiter.api.Test;

/** An exported workbook speaks the requested language: its instructions, labels, headers and notes come from the bundles. */
class WorkbookLanguageTest {

    private final ScorecardDefinition undrr = ShippedScorecards.get("undrr-preliminary");

    @Test
    void anEnglishTemplatesInstructionsAndHeadersAreEnglish() throws Exception {
        try (XSSFWorkbook book = template("en")) {
            List<String> instructions = column(book.getSheet(WorkbookLayout.INSTRUCTIONS));
            assertThat(instructions.get(0))
                    .isEqualTo("Cityscore workbook: " + undrr.title().in("en") + " (version " + undrr.version() + ")");
            assertThat(instructions.get(2))
                    .isEqualTo("1. Fill in the yellow cells of the sheet \"Scores\". The other cells are locked; "
                            + "leave them as they are.");
            assertThat(instructions.get(3))
                    .isEqualTo("2. Level: choose from the dropdown, or type the number ("
                            + undrr.scale().range() + ").");
            Sheet scores = book.getSheet(WorkbookLayout.SCORES);
            assertThat(scores.getRow(WorkbookLayout.META_FIRST_ROW + 2)
                            .getCell(0)
                            .getStringCellValue())
                    .isEqualTo("City");
            assertThat(scores.getRow(WorkbookLayout.HEADER_ROW)
                            .getCell(WorkbookLayout.LEVEL)
                            .getStringCellValue())
                    .isEqualTo("Level");
            assertThat(scores.getRow(WorkbookLayout.HEADER_ROW)
                            .getCell(WorkbookLayout.ACTION)
                            .getStringCellValue())
                    .isEqualTo("Action to reach the highest level");
            assertThat(scores.getDataValidations().get(0).getPromptBoxText())
                    .isEqualTo("Choose a level from the list, or type its number.");
            assertThat(String.join("\n", instructions)).doesNotContainPattern("\\p{IsHan}");
        }
    }

    @Test
    void aChineseTemplatesInstructionsAndHeadersAreChinese() throws Exception {
        for (String lang : new String[] {"zh", "zh-CN"}) {
            try (XSSFWorkbook book = template(lang)) {
                List<String> instructions = column(book.getSheet(WorkbookLayout.INSTRUCTIONS));
                assertThat(instructions.get(0))
                        .isEqualTo("Cityscore 工作簿：" + undrr.title().in("zh") + "（版本 " + undrr.version() + "）");
                assertThat(instructions.get(2)).isEqualTo("1. 请在“Scores”工作表的黄色单元格中填写。其他单元格已锁定，请勿修改。");
                assertThat(instructions.get(3))
                        .isEqualTo("2. “等级”一列：从下拉列表中选择，或直接输入数字（" + undrr.scale().range() + "）。");
                assertThat(instructions.subList(2, 8))
                        .allSatisfy(line -> assertThat(line).containsPattern("\\p{IsHan}"));
                Sheet scores = book.getSheet(WorkbookLayout.SCORES);
                // labels stay bilingual, so that an English speaker on the call finds "City" too
                assertThat(scores.getRow(WorkbookLayout.META_FIRST_ROW + 2)
                                .getCell(0)
                                .getStringCellValue())
                        .isEqualTo("City / 城市");
                assertThat(scores.getRow(WorkbookLayout.HEADER_ROW)
                                .getCell(WorkbookLayout.LEVEL)
                                .getStringCellValue())
                        .isEqualTo("等级");
                assertThat(scores.getDataValidations().get(0).getPromptBoxTitle())
                        .isEqualTo("等级");
            }
        }
    }

    @Test
    void aChineseTemplateStillImports() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WorkbookExporter(BundleTexts.MESSAGES).write(undrr, WorkbookExporter.Metadata.BLANK, Map.of(), "zh", out);
        ParsedWorkbook parsed =
                new WorkbookImporter().read(out.toByteArray(), (id, version) -> java.util.Optional.of(undrr));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.scorecardId()).isEqualTo("undrr-preliminary");
    }

    private XSSFWorkbook template(String lang) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WorkbookExporter(BundleTexts.MESSAGES).write(undrr, WorkbookExporter.Metadata.BLANK, Map.of(), lang, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> column(Sheet sheet) {
        List<String> lines = new ArrayList<>();
        for (Row row : sheet) {
            lines.add(row.getCell(0).getStringCellValue());
        }
        return lines;
    }
}
