package org.cityscore.excel;

import org.apache.poi.ss.util.CellReference;

/** Where things are in a Cityscore workbook; the exporter writes and the importer reads the same places. */
final class WorkbookLayout {

    // The sheet names are the workbook's structure, the same in every language: the importer finds "Scores" by its
    // name, the level dropdown refers to "Lists", and problems and instructions name a cell as Scores!E14.
    static final String SCORES = "Scores";
    static final String INSTRUCTIONS = "Instructions";
    static final String LISTS = "Lists";

    // metadata: labels in column A (message keys), values in column B, rows 2 to 8; the importer reads them by row
    static final int META_FIRST_ROW = 1;
    static final String[] META_KEYS = {
        "workbook.meta.scorecardId",
        "workbook.meta.scorecardVersion",
        "workbook.meta.city",
        "workbook.meta.country",
        "workbook.meta.year",
        "workbook.meta.assessmentId",
        "workbook.meta.title"
    };
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

    /** The column headers' message keys; the importer reads columns by position, never by header. */
    static final String[] HEADER_KEYS = {
        "workbook.column.category",
        "workbook.column.code",
        "workbook.column.indicator",
        "workbook.column.question",
        "workbook.column.level",
        "workbook.column.notApplicable",
        "workbook.column.value",
        "workbook.column.unit",
        "workbook.column.comment",
        "workbook.column.evidence",
        "workbook.column.action",
        "workbook.column.responsible",
        "workbook.column.timescale"
    };
    /** What the not-applicable column holds: the importer reads it (with "n/a", "yes", "是", …), in every language. */
    static final String NOT_APPLICABLE_MARK = "N/A";

    static final int[] WIDTHS = {22, 9, 28, 60, 26, 12, 14, 22, 40, 30, 36, 24, 14};

    private WorkbookLayout() {}

    /** "Scores!E14" for row index 13, column index 4. */
    static String cell(String sheet, int row, int column) {
        return sheet + "!" + new CellReference(row, column).formatAsString(false);
    }
}
