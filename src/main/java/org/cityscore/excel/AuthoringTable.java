package org.cityscore.excel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.cityscore.scorecard.AuthoringProblem;
import org.cityscore.scorecard.LanguageChoice;
import org.cityscore.text.Message;

/**
 * One sheet of an authoring workbook: its header row read into columns (a text column per language, {@code name::zh}),
 * its other rows, and the text of a row's cell by column name. A problem (an unknown column, a formula that cannot be
 * computed) is noted with its cell and reading goes on, so that every problem is reported at once.
 */
final class AuthoringTable {

    /** One data row: its index in the sheet (0-based) and the sheet's row. */
    record Line(int index, Row row) {}

    private final String file;
    private final Sheet sheet;
    private final CellReader cells;
    private final List<AuthoringProblem> problems;
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> texts = new LinkedHashMap<>();

    AuthoringTable(String file, Sheet sheet, CellReader cells, List<String> allowed, List<AuthoringProblem> problems) {
        this.file = file;
        this.sheet = sheet;
        this.cells = cells;
        this.problems = problems;
        readHeader(allowed);
    }

    String name() {
        return sheet.getSheetName();
    }

    private void readHeader(List<String> allowed) {
        Row header = sheet.getRow(0);
        if (header == null) {
            return;
        }
        for (int column = 0; column < header.getLastCellNum(); column++) {
            String heading = text(header, column);
            if (heading == null) {
                continue;
            }
            String[] parts = heading.split("::", 2);
            String base = parts[0].strip();
            boolean localized = parts.length == 2;
            boolean known = allowed.contains(base)
                    && localized
                            == (AuthoringLayout.LOCALIZED.contains(base) && !AuthoringLayout.SETTINGS.equals(name()));
            if (!known) {
                problem(0, column, "scorecard.authoring.unknownColumn", heading, allowedColumns(allowed));
            } else if (localized && !isLanguageTag(parts[1].strip())) {
                problem(0, column, "scorecard.problem.languageTag", parts[1].strip());
            } else if ((localized
                            ? texts.computeIfAbsent(base, b -> new LinkedHashMap<>())
                                    .putIfAbsent(parts[1].strip(), column)
                            : columns.putIfAbsent(base, column))
                    != null) {
                problem(0, column, "scorecard.authoring.columnTwice", heading);
            }
        }
    }

    private String allowedColumns(List<String> allowed) {
        return String.join(
                ", ",
                allowed.stream()
                        .map(column ->
                                AuthoringLayout.LOCALIZED.contains(column) && !AuthoringLayout.SETTINGS.equals(name())
                                        ? AuthoringLayout.localized(column, "en")
                                        : column)
                        .toList());
    }

    /** The rows below the header that hold anything. */
    List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (int index = 1; index <= sheet.getLastRowNum(); index++) {
            Row row = sheet.getRow(index);
            if (row != null && !isBlank(row)) {
                lines.add(new Line(index, row));
            }
        }
        return lines;
    }

    /** Blank without computing formulas, so that a formula's problem is noted once, when its cell is read. */
    private static boolean isBlank(Row row) {
        for (Cell cell : row) {
            boolean blank = cell.getCellType() == CellType.BLANK
                    || cell.getCellType() == CellType.STRING
                            && cell.getStringCellValue().isBlank();
            if (!blank) {
                return false;
            }
        }
        return true;
    }

    /** The text of a row's cell in a column; null when blank or when the sheet has no such column. */
    String get(Line line, String column) {
        Integer index = columns.get(column);
        return index == null ? null : text(line.row(), index);
    }

    /** The text per language of a text column, null when no language is given. */
    Map<String, String> texts(Line line, String column) {
        Map<String, String> result = new LinkedHashMap<>();
        texts.getOrDefault(column, Map.of()).forEach((language, index) -> {
            String text = text(line.row(), index);
            if (text != null) {
                result.put(language, text);
            }
        });
        return result.isEmpty() ? null : result;
    }

    /** The languages of a text column, in column order. */
    Map<String, Integer> languages(String column) {
        return texts.getOrDefault(column, Map.of());
    }

    /** The cell of a column in a row ({@code indicators!C7}); the row's first cell when the sheet lacks the column. */
    String cell(Line line, String column) {
        return cell(line.index(), columns.getOrDefault(column, 0));
    }

    String cell(int row, int column) {
        return WorkbookLayout.cell(name(), row, column);
    }

    void problem(Line line, String column, String key, Object... args) {
        problems.add(AuthoringProblem.atCell(file, name(), cell(line, column), null, Message.of(key, args)));
    }

    private void problem(int row, int column, String key, Object... args) {
        problems.add(AuthoringProblem.atCell(file, name(), cell(row, column), null, Message.of(key, args)));
    }

    private String text(Row row, int column) {
        try {
            return cells.text(row, column);
        } catch (CellReader.FormulaProblem e) {
            problems.add(AuthoringProblem.atCell(file, name(), cell(row.getRowNum(), column), null, e.text()));
            return null;
        }
    }

    static boolean isLanguageTag(String tag) {
        return LanguageChoice.isLanguageTag(tag);
    }
}
