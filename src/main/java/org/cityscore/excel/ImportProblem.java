package org.cityscore.excel;

import org.cityscore.text.Message;

/**
 * Something wrong in an uploaded workbook, said so that a non-technical person can fix it: the sheet, the cell
 * ({@code Scores!E14}), the indicator and what to do, as a {@link Message} resolved at the edge (English in the API's
 * 422, the reader's language on the upload page). {@code field} is "file" for problems of the whole file.
 */
public record ImportProblem(String field, String sheet, String cell, String indicatorCode, Message text) {

    static ImportProblem ofFile(Message text) {
        return new ImportProblem("file", null, null, null, text);
    }

    static ImportProblem at(String sheet, String cell, String indicatorCode, Message text) {
        return new ImportProblem("file", sheet, cell, indicatorCode, text);
    }

    /**
     * The problem as the API's 422 lists it (the contract the README documents): {@code message} in English, and
     * {@code key} and {@code args} naming the same text in messages*.properties.
     */
    public record Body(
            String field,
            String sheet,
            String cell,
            String indicatorCode,
            String message,
            String key,
            java.util.List<String> args) {}

    Body body(String english) {
        return new Body(field, sheet, cell, indicatorCode, english, text.code(), text.args());
    }
}
