package org.cityscore.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cityscore.action.Action;
import org.cityscore.action.ActionWorkbooks;
import org.cityscore.action.RegisterColumn;

/**
 * Writes the action register: one row per action in the columns of {@link RegisterColumn}, the header frozen and
 * filterable, dates as Excel dates, the status a drop-down of the four statuses (also for rows added below).
 */
final class ActionRegisterWriter {

    /** Column widths in characters, in the order of {@link RegisterColumn}. */
    private static final int[] WIDTHS = {8, 20, 16, 40, 60, 26, 20, 12, 14, 18};
    /** Rows below the actions where a new action's status still gets the drop-down. */
    private static final int ROWS_TO_ADD = 500;

    private ActionRegisterWriter() {}

    static byte[] write(List<ActionWorkbooks.Line> lines, String sheetName, List<String> headers, String statusPrompt) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            Styles styles = new Styles(workbook);
            header(sheet, headers, styles.header);
            for (int i = 0; i < lines.size(); i++) {
                row(sheet.createRow(i + 1), lines.get(i), styles);
            }
            layout(sheet, styles);
            statusDropDown(sheet, lines.size() + ROWS_TO_ADD, statusPrompt);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet sheet, List<String> headers, CellStyle style) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(style);
        }
    }

    private static void row(Row row, ActionWorkbooks.Line line, Styles styles) {
        Action action = line.action();
        Cell id = row.createCell(RegisterColumn.ID.ordinal());
        id.setCellValue(action.id());
        id.setCellStyle(styles.text);
        text(row, RegisterColumn.SCORECARD, action.scorecardId(), styles.text);
        text(row, RegisterColumn.INDICATORS, String.join(", ", action.indicatorCodes()), styles.text);
        text(row, RegisterColumn.TITLE, action.title(), styles.wrapped);
        text(row, RegisterColumn.DESCRIPTION, action.description(), styles.wrapped);
        text(row, RegisterColumn.OWNER, action.owner(), styles.wrapped);
        text(row, RegisterColumn.LEAD, action.lead(), styles.text);
        Cell due = row.createCell(RegisterColumn.DUE.ordinal());
        due.setCellStyle(styles.date);
        if (action.due() != null) {
            due.setCellValue(action.due());
        }
        text(row, RegisterColumn.STATUS, action.status(), styles.text);
        Cell updated = row.createCell(RegisterColumn.UPDATED.ordinal());
        updated.setCellStyle(styles.time);
        if (line.updatedAt() != null) {
            // to the millisecond, which an Excel date keeps exactly; the import compares it with the stored time
            updated.setCellValue(
                    LocalDateTime.ofInstant(line.updatedAt().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC));
        }
    }

    private static void text(Row row, RegisterColumn column, String value, CellStyle style) {
        Cell cell = row.createCell(column.ordinal());
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    private static void layout(Sheet sheet, Styles styles) {
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        sheet.setDefaultColumnStyle(RegisterColumn.DUE.ordinal(), styles.date);
        sheet.setDefaultColumnStyle(RegisterColumn.UPDATED.ordinal(), styles.time);
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, WIDTHS.length - 1));
    }

    private static void statusDropDown(Sheet sheet, int lastRow, String prompt) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        int column = RegisterColumn.STATUS.ordinal();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(ActionWorkbooks.STATUSES.toArray(String[]::new)),
                new CellRangeAddressList(1, lastRow, column, column));
        validation.setShowErrorBox(true);
        validation.setSuppressDropDownArrow(true); // in .xlsx, true shows the arrow
        validation.createErrorBox(RegisterColumn.STATUS.field(), prompt);
        validation.setShowPromptBox(true);
        validation.createPromptBox(RegisterColumn.STATUS.field(), prompt);
        sheet.addValidationData(validation);
    }

    /** The few cell styles of the register. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle wrapped;
        final CellStyle date;
        final CellStyle time;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = top(workbook);
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = top(workbook);
            wrapped = top(workbook);
            wrapped.setWrapText(true);
            date = top(workbook);
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            time = top(workbook);
            time.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        }

        private static CellStyle top(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }
    }
}
