package org.cityscore.excel;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cityscore.scorecard.Indicator;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.workshop.AnswerBy;

/**
 * The sheet "Workshop comments": what each participant said about each indicator in the assessment's workshops,
 * with their name and bureau and the answer they gave. For reading only; imports ignore it.
 */
final class WorkshopCommentsSheet {

    /** A sheet name, the same in every language as the workbook's other sheets (see {@link WorkbookLayout#SCORES}). */
    static final String NAME = "Workshop comments";

    static final String[] HEADER_KEYS = {
        "workbook.comments.code",
        "workbook.comments.indicator",
        "workbook.comments.participant",
        "workbook.comments.bureau",
        "workbook.comments.answer",
        "workbook.comments.comment",
        "workbook.comments.evidence",
        "workbook.comments.workshop"
    };
    private static final int[] WIDTHS = {9, 28, 20, 20, 14, 60, 40, 10};

    private WorkshopCommentsSheet() {}

    static void write(
            XSSFWorkbook workbook,
            ScorecardDefinition definition,
            List<AnswerBy> comments,
            String lang,
            WorkbookTexts texts,
            CellStyle header,
            CellStyle wrap) {
        if (comments.isEmpty()) {
            return;
        }
        XSSFSheet sheet = workbook.createSheet(NAME);
        Row head = sheet.createRow(0);
        for (int column = 0; column < HEADER_KEYS.length; column++) {
            cell(head, column, texts.get(HEADER_KEYS[column]), header);
        }
        int row = 1;
        for (AnswerBy comment : comments) {
            Row line = sheet.createRow(row++);
            String[] values = {
                comment.indicatorCode(),
                definition
                        .indicator(comment.indicatorCode())
                        .map(Indicator::name)
                        .map(name -> name.in(lang))
                        .orElse(""),
                comment.anonymous() ? texts.get("workshop.anonymous") : comment.name(),
                comment.department(),
                answer(comment, definition, lang),
                comment.comment(),
                comment.evidence(),
                String.valueOf(comment.workshopId())
            };
            for (int column = 0; column < values.length; column++) {
                cell(line, column, values[column], wrap);
            }
        }
        for (int column = 0; column < WIDTHS.length; column++) {
            sheet.setColumnWidth(column, WIDTHS[column] * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.protectSheet("");
    }

    private static String answer(AnswerBy answer, ScorecardDefinition definition, String lang) {
        if (answer.notApplicable()) {
            return WorkbookLayout.NOT_APPLICABLE_MARK;
        }
        if (answer.value() != null) {
            return answer.value().toPlainString();
        }
        return answer.level() == null ? "" : LevelText.option(definition, answer.level(), lang);
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }
}
