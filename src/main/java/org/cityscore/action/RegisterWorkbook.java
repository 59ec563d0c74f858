package org.cityscore.action;

import java.util.List;

/**
 * An uploaded action register as read: the name of its sheet, its rows below the headers (blank rows left out), and
 * the problems of the file or its layout (not a workbook, a header that is not the register's, a formula that fails).
 */
public record RegisterWorkbook(String sheet, List<RegisterRow> rows, List<RegisterProblem> problems) {

    public RegisterWorkbook {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }
}
