package org.cityscore.excel;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cityscore.action.RegisterColumn;
import org.cityscore.action.RegisterProblem;
import org.cityscore.action.RegisterRow;
import org.cityscore.action.RegisterWorkbook;
import org.cityscore.text.Message;

/**
 * Reads an uploaded action register: its first sheet, whose first row must head the columns of {@link RegisterColumn}
 * (in any of the five languages), each row below as text; dates typed as dates become {@code 2025-06-30} and the last
 * update {@code 2025-01-31T09:15:00.123}. Opened through {@link WorkbookFile}: size, zip bomb and row bounds first.
 */
final class ActionRegisterReader {

    private ActionRegisterReader() {}

    static RegisterWorkbook read(String file, byte[] bytes, BiPredicate<RegisterColumn, String> isHeader) {
        try (XSSFWorkbook workbook = WorkbookFile.open(bytes)) {
            if (workbook.getNumberOfSheets() == 0) {
                return refused(file, Message.of("action.import.noSheet"));
            }
            Sheet sheet = workbook.getSheetAt(0);
            String name = sheet.getSheetName();
            CellReader cells = new CellReader(workbook.getCreationHelper().createFormulaEvaluator());
            List<RegisterProblem> problems = headerProblems(file, sheet, cells, isHeader);
            if (!problems.isEmpty()) {
                return new RegisterWorkbook(name, List.of(), problems);
            }
            List<RegisterRow> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                RegisterRow row = row(file, sheet.getRow(r), r + 1, name, cells, problems);
                if (!row.cells().isEmpty()) {
                    rows.add(row);
                }
            }
            return new RegisterWorkbook(name, rows, problems);
        } catch (WorkbookFile.Unreadable e) {
            return refused(file, e.problem().text());
        } catch (IOException e) {
            return refused(file, Message.of("import.refused.damaged"));
        }
    }

    private static List<RegisterProblem> headerProblems(
            String file, Sheet sheet, CellReader cells, BiPredicate<RegisterColumn, String> isHeader) {
        List<RegisterProblem> problems = new ArrayList<>();
        for (RegisterColumn column : RegisterColumn.values()) {
            String text = header(sheet, column, cells);
            if (text == null || !isHeader.test(column, text)) {
                problems.add(RegisterProblem.atCell(
                        file,
                        sheet.getSheetName(),
                        column.cell(sheet.getSheetName(), 1),
                        column.field(),
                        Message.of(
                                "action.import.header",
                                column.letter(),
                                text == null ? "" : CellReader.shown(text),
                                column.field())));
            }
        }
        return problems;
    }

    private static String header(Sheet sheet, RegisterColumn column, CellReader cells) {
        try {
            return cells.text(sheet.getRow(0), column.ordinal());
        } catch (CellReader.FormulaProblem e) {
            return null;
        }
    }

    private static RegisterRow row(
            String file, Row row, int number, String sheet, CellReader cells, List<RegisterProblem> problems) {
        Map<RegisterColumn, String> texts = new EnumMap<>(RegisterColumn.class);
        if (row == null) {
            return new RegisterRow(number, texts);
        }
        for (RegisterColumn column : RegisterColumn.values()) {
            try {
                String text = text(row, column, cells);
                if (text != null) {
                    texts.put(column, text);
                }
            } catch (CellReader.FormulaProblem e) {
                problems.add(RegisterProblem.atCell(file, sheet, column.cell(sheet, number), column.field(), e.text()));
            }
        }
        return new RegisterRow(number, texts);
    }

    /** A cell's text; a number in the due or last update column is the date Excel keeps dates as. */
    private static String text(Row row, RegisterColumn column, CellReader cells) {
        Cell cell = row.getCell(column.ordinal());
        boolean dated = column == RegisterColumn.DUE || column == RegisterColumn.UPDATED;
        if (dated
                && cell != null
                && cell.getCellType() == CellType.NUMERIC
                && DateUtil.isValidExcelDate(cell.getNumericCellValue())) {
            LocalDateTime time = DateUtil.getLocalDateTime(cell.getNumericCellValue());
            return column == RegisterColumn.DUE ? time.toLocalDate().toString() : time.toString();
        }
        return cells.text(row, column.ordinal());
    }

    private static RegisterWorkbook refused(String file, Message text) {
        return new RegisterWorkbook(null, List.of(), List.of(RegisterProblem.ofFile(file, text)));
    }
}
