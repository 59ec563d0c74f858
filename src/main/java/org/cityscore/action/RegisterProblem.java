package org.cityscore.action;

import org.cityscore.text.Message;

/**
 * Something wrong in an uploaded action register, where its author looks for it: the file, the sheet and cell
 * ({@code Actions!I7}), the action's field the cell holds, and what to do.
 */
public record RegisterProblem(String file, String sheet, String cell, String field, Message text) {

    /** A problem of a cell. */
    public static RegisterProblem atCell(String file, String sheet, String cell, String field, Message text) {
        return new RegisterProblem(file, sheet, cell, field, text);
    }

    /** A problem of the whole file (not a workbook, too large, damaged). */
    public static RegisterProblem ofFile(String file, Message text) {
        return new RegisterProblem(file, null, null, "file", text);
    }
}
