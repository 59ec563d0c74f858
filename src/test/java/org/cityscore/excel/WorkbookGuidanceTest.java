package org.cityscore.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cityscore.scorecard.Indicator;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.scorecard.ShippedScorecards;
import org.cityscore.text.BundleTexts;
import org.junit.jupiter.api.Test;

/**
 * The workbook tells what each level means for each indicator (a note on its answer cell, with the guidance), and
 * every row is tall enough for its wrapped text.
 */
class WorkbookGuidanceTest {

    @Test
    void eachRatedIndicatorsLevelCellNotesItsOwnLevelsAndGuidance() throws Exception {
        ScorecardDefinition undrr = ShippedScorecards.get("undrr-preliminary");
        Indicator p11 = undrr.indicator("P1.1").orElseThrow();
        try (XSSFWorkbook book = template(undrr, "en")) {
            String note = row(book, "P1.1")
                    .getCell(WorkbookLayout.LEVEL)
                    .getCellComment()
                    .getString()
                    .getString();
            assertThat(note)
                    .contains("3 – " + p11.levels().get(3).in("en"))
                    .contains("0 – " + p11.levels().get(0).in("en"))
                    .contains("Guidance: " + p11.guidance().in("en"));
        }
        try (XSSFWorkbook book = template(undrr, "zh")) {
            String note = row(book, "P1.1")
                    .getCell(WorkbookLayout.LEVEL)
                    .getCellComment()
                    .getString()
                    .getString();
            assertThat(note)
                    .contains("3 – " + p11.levels().get(3).in("zh"))
                    .contains("填写指引：" + p11.guidance().in("zh"));
        }
    }

    @Test
    void aMeasuredIndicatorsValueCellNotesItsThresholds() throws Exception {
        ScorecardDefinition shift = ShippedScorecards.get("ecomobility-shift-plus");
        try (XSSFWorkbook book = template(shift, "en")) {
            Row p1 = row(book, "P1");
            assertThat(p1.getCell(WorkbookLayout.LEVEL).getCellComment()).isNull();
            assertThat(p1.getCell(WorkbookLayout.VALUE)
                            .getCellComment()
                            .getString()
                            .getString())
                    .contains("3 – ≥ 55: 55 % to below 65 % of trips")
                    .contains("1 – any other value: Below 40 % of trips");
            assertThat(row(book, "P2")
                            .getCell(WorkbookLayout.VALUE)
                            .getCellComment()
                            .getString()
                            .getString())
                    .contains("5 – ≤ 2: 2 deaths or fewer");
        }
    }

    @Test
    void everyRowIsTallEnoughForItsQuestionInEnglishAndChinese() throws Exception {
        for (ScorecardDefinition definition : ShippedScorecards.all()) {
            for (String lang : new String[] {"en", "zh"}) {
                try (XSSFWorkbook book = template(definition, lang)) {
                    Sheet scores = book.getSheet(WorkbookLayout.SCORES);
                    for (Indicator indicator : definition.indicators().toList()) {
                        Row row = row(book, indicator.code());
                        String question = row.getCell(WorkbookLayout.QUESTION).getStringCellValue();
                        // at least one 15-point line per full width of the question column (a CJK character is two
                        // wide)
                        int width = question.codePoints()
                                .map(c -> c >= 0x2E80 ? 2 : 1)
                                .sum();
                        float needed = 15f
                                * (float) Math.ceil(width / (double) WorkbookLayout.WIDTHS[WorkbookLayout.QUESTION]);
                        assertThat(row.getHeightInPoints())
                                .as(definition.id() + " " + lang + " " + indicator.code())
                                .isGreaterThanOrEqualTo(needed)
                                .isGreaterThan(scores.getDefaultRowHeightInPoints());
                    }
                }
            }
        }
    }

    private static XSSFWorkbook template(ScorecardDefinition definition, String lang) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WorkbookExporter(BundleTexts.MESSAGES)
                .write(definition, WorkbookExporter.Metadata.BLANK, Map.of(), lang, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static Row row(XSSFWorkbook book, String code) {
        for (Row row : book.getSheet(WorkbookLayout.SCORES)) {
            Cell cell = row.getCell(WorkbookLayout.CODE);
            if (row.getRowNum() >= WorkbookLayout.FIRST_DATA_ROW
                    && cell != null
                    && code.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + code);
    }
}
