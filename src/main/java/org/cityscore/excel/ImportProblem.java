package org.cityscore.excel;

import java.util.Arrays;
import java.util.List;

/**
 * Something wrong in an uploaded workbook, said so that a non-technical person can fix it: the sheet, the cell
 * ({@code Scores!E14}), the indicator and what to do. {@code field} is "file" for problems of the whole file.
 * {@code message} is English (the API's language); {@code key} and {@code args}, when set, name the same text in
 * messages*.properties, so the upload page says it in the reader's language.
 */
public record ImportProblem(String field, String sheet, String cell, String indicatorCode, String message, String key,
                            List<String> args) {

    static ImportProblem ofFile(String message) {
        return new ImportProblem("file", null, null, null, message, null, List.of());
    }

    static ImportProblem at(String sheet, String cell, String indicatorCode, String message) {
        return new ImportProblem("file", sheet, cell, indicatorCode, message, null, List.of());
    }

    ImportProblem withKey(String key, Object... args) {
        return withKey(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    ImportProblem withKey(String key, List<String> args) {
        return new ImportProblem(field, sheet, cell, indicatorCode, message, key, List.copyOf(args));
    }
}
