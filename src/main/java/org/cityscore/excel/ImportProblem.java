package org.cityscore.excel;

/**
 * Something wrong in an uploaded workbook, said so that a non-technical person can fix it: the sheet, the cell
 * ({@code Scores!E14}), the indicator and what to do. {@code field} is "file" for problems of the whole file.
 */
public record ImportProblem(String field, String sheet, String cell, String indicatorCode, String message) {

    static ImportProblem ofFile(String message) {
        return new ImportProblem("file", null, null, null, message);
    }

    static ImportProblem at(String sheet, String cell, String indicatorCode, String message) {
        return new ImportProblem("file", sheet, cell, indicatorCode, message);
    }
}
