package org.cityscore.excel;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.cityscore.scorecard.ScorecardDefinition;

import java.util.List;

/** The first sheet: how to fill the workbook, in English or Chinese. */
final class WorkbookInstructions {

    private WorkbookInstructions() {
    }

    static void write(XSSFSheet sheet, ScorecardDefinition definition, boolean chinese, CellStyle wrap) {
        String lang = chinese ? "zh" : "en";
        List<String> lines = chinese ? List.of(
                "Cityscore 工作簿：" + definition.title().in(lang) + "（版本 " + definition.version() + "）",
                "",
                "1. 请在“Scores”工作表的黄色单元格中填写。其他单元格已锁定，请勿修改。",
                "2. “等级”一列：从下拉列表中选择，或直接输入数字（" + definition.scale().range() + "）。",
                "3. 量化指标请在“测量值”一列填写数值，单位见“单位”一列；Cityscore 会按阈值换算为等级。",
                "4. 允许“不适用”的指标可在“不适用”一列选择 N/A。空白表示尚未回答，不计为 0 分。",
                "5. 说明、证据和行动计划（行动、负责机构、时间安排）均可选填。",
                "6. 保存为 .xlsx 格式后，在 Cityscore 中导入。任何问题都会连同单元格位置一并列出，且在全部问题解决前不会写入任何数据。",
                "",
                definition.source().note().in(lang))
                : List.of(
                "Cityscore workbook: " + definition.title().in(lang) + " (version " + definition.version() + ")",
                "",
                "1. Fill in the yellow cells of the sheet \"Scores\". The other cells are locked; leave them as they are.",
                "2. Level: choose from the dropdown, or type the number (" + definition.scale().range() + ").",
                "3. Measured indicators: type the value in \"Measured value\", in the unit shown; Cityscore turns it into a level.",
                "4. Where \"not applicable\" is allowed, choose N/A. An empty row is a missing answer, never a 0.",
                "5. Comment, evidence and the action plan (action, responsible institution, timescale) are optional.",
                "6. Save as .xlsx and import it in Cityscore. Every problem is listed with its cell, and nothing is stored until all are fixed.",
                "",
                definition.source().note().in(lang));
        for (int i = 0; i < lines.size(); i++) {
            var cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(lines.get(i));
            cell.setCellStyle(wrap);
        }
        sheet.setColumnWidth(0, 120 * 256);
    }
}
