package org.cityscore.excel;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.cityscore.scorecard.ScorecardDefinition;

/** The first sheet: how to fill the workbook, in the workbook's language. */
final class WorkbookInstructions {

    /** The numbered steps, workbook.instructions.1 to .6; step 2 names the scale's range. */
    private static final int STEPS = 6;

    private WorkbookInstructions() {}

    static void write(XSSFSheet sheet, ScorecardDefinition definition, WorkbookTexts texts, CellStyle wrap) {
        String lang = texts.lang();
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("workbook.instructions.title", definition.title().in(lang), definition.version()));
        lines.add("");
        for (int step = 1; step <= STEPS; step++) {
            String key = "workbook.instructions." + step;
            lines.add(step == 2 ? texts.get(key, definition.scale().range()) : texts.get(key));
        }
        lines.add("");
        lines.add(definition.source().note().in(lang));
        for (int i = 0; i < lines.size(); i++) {
            var cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(lines.get(i));
            cell.setCellStyle(wrap);
        }
        sheet.setColumnWidth(0, 120 * 256);
    }
}
