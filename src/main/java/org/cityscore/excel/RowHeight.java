package org.cityscore.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;

/**
 * The height a row of wrapped text needs, so that Excel, LibreOffice and WPS show every line instead of letting it
 * run into the next row: none of them fits a generated row to its text on opening.
 */
final class RowHeight {

    // Calibri 11, POI's default font: one line is 15 points; Excel refuses rows over 409 points
    private static final float LINE = 15f;
    private static final float MAX = 409f;

    private RowHeight() {}

    /** Sets the row's height to the tallest of its wrapped text cells, given the columns' widths in characters. */
    static void fit(Row row, int[] widths) {
        int lines = 1;
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING
                    && cell.getCellStyle().getWrapText()
                    && cell.getColumnIndex() < widths.length) {
                lines = Math.max(lines, lines(cell.getStringCellValue(), widths[cell.getColumnIndex()]));
            }
        }
        row.setHeightInPoints(Math.min(MAX, lines * LINE + 3));
    }

    /** Lines a text takes in a column of this many characters; a CJK character is as wide as two Latin ones. */
    static int lines(String text, int width) {
        int usable = Math.max(1, width - 1);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int units = paragraph.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
            // words wrap before the edge: a line holds a little less than the column's width
            lines += Math.max(1, (int) Math.ceil(units * 1.15 / usable));
        }
        return lines;
    }
}
