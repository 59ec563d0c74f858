package org.cityscore.excel;

import org.apache.poi.ss.util.CellReference;

/** Where things are in a Cityscore workbook; the exporter writes and the importer reads the same places. */
final class WorkbookLayout {

    static final String SCORES = "Scores";
    static final String INSTRUCTIONS = "Instructions";
    static final String LISTS = "Lists";

    // metadata: labels in column A, values in column B, rows 2 to 8
    static final int META_FIRST_ROW = 1;
    static final String[] META_KEYS = {"Scorecard id", "Scorecard version", "City", "Country", "Year", "Assessment id", "Title"};
    static final int HEADER_ROW = 9;
    static final int FIRST_DATA_ROW = HEADER_ROW + 1;
    static final int MAX_DATA_ROWS = 5000;

    static final int CATEGORY = 0;
    static final int CODE = 1;
    static final int INDICATOR = 2;
    static final int QUESTION = 3;
    static final int LEVEL = 4;
    static final int NOT_APPLICABLE = 5;
    static final int VALUE = 6;
    static final int UNIT = 7;
    static final int COMMENT = 8;
    static final int EVIDENCE = 9;
    static final int ACTION = 10;
    static final int RESPONSIBLE = 11;
    static final int TIMESCALE = 12;
    static final int COLUMNS = 13;

    static final String[] HEADERS_EN = {"Category", "Code", "Indicator", "Question", "Level", "Not applicable",
            "Measured value", "Unit", "Comment", "Evidence", "Action to reach the highest level", "Responsible institution", "Timescale"};
    static final String[] HEADERS_ZH = {"类别", "编号", "指标", "问题", "等级", "不适用", "测量值", "单位", "说明", "证据",
            "达到最高等级所需的行动", "负责机构", "时间安排"};
    static final int[] WIDTHS = {22, 9, 28, 60, 26, 12, 14, 22, 40, 30, 36, 24, 14};

    private WorkbookLayout() {
    }

    /** "Scores!E14" for row index 13, column index 4. */
    static String cell(String sheet, int row, int column) {
        return sheet + "!" + new CellReference(row, column).formatAsString(false);
    }
}
