package org.cityscore.excel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.cityscore.system.TextLimit;
import org.cityscore.system.UserText;
import org.cityscore.text.Message;

/** A cell's content as text, whatever was typed: numbers, text, booleans, or a formula's computed value. */
final class CellReader {

    /** Thrown for a formula that cannot be computed (a reference to another file, an error value). */
    static final class FormulaProblem extends RuntimeException {
        private final transient Message text;

        FormulaProblem(Message text) {
            super(text.toString());
            this.text = text;
        }

        Message text() {
            return text;
        }
    }

    private final FormulaEvaluator evaluator;

    CellReader(FormulaEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** The trimmed text of a cell; null for a missing or blank one. */
    String text(Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        if (cell == null) {
            return null;
        }
        String text = switch (cell.getCellType()) {
            case FORMULA -> evaluated(cell);
            case NUMERIC -> plain(cell.getNumericCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case STRING -> cell.getStringCellValue();
            default -> null;
        };
        text = UserText.clean(text);
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * The text of a cell as {@link #text(Row, int)}; null, with a problem naming the cell, when it is over the
     * field's limit.
     */
    String text(Row row, int column, TextLimit limit, String indicatorCode, List<ImportProblem> problems) {
        String text = text(row, column);
        Optional<TextLimit.TooLong> tooLong = limit.check(text);
        if (tooLong.isEmpty()) {
            return text;
        }
        String sheet = row.getSheet().getSheetName();
        problems.add(ImportProblem.at(
                sheet,
                WorkbookLayout.cell(sheet, row.getRowNum(), column),
                indicatorCode,
                tooLong.get().text()));
        return null;
    }

    private String evaluated(Cell cell) {
        CellValue value;
        try {
            value = evaluator.evaluate(cell);
        } catch (RuntimeException e) {
            throw new FormulaProblem(Message.of("import.problem.formula", cell.getCellFormula()));
        }
        if (value == null) {
            return null;
        }
        if (value.getCellType() == CellType.ERROR) {
            throw new FormulaProblem(Message.of("import.problem.formulaError", cell.getCellFormula()));
        }
        return switch (value.getCellType()) {
            case NUMERIC -> plain(value.getNumberValue());
            case BOOLEAN -> String.valueOf(value.getBooleanValue());
            case STRING -> value.getStringValue();
            default -> null;
        };
    }

    /** A cell's text short enough to quote in a problem: a cell holds up to 32,767 characters. */
    static String shown(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static String plain(double number) {
        BigDecimal decimal = BigDecimal.valueOf(number).stripTrailingZeros();
        return (decimal.scale() < 0 ? decimal.setScale(0) : decimal).toPlainString();
    }
}
