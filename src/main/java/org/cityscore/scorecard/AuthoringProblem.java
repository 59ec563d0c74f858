package org.cityscore.scorecard;

import org.cityscore.text.Message;

/**
 * Something wrong in an uploaded scorecard, where its author looks for it: the sheet and cell ({@code indicators!F12})
 * of an authoring workbook, or the line of a YAML file, and the key path the loader names it by.
 */
public record AuthoringProblem(String file, String sheet, String cell, String path, Integer line, Message text) {

    /** A problem of a workbook's cell. */
    public static AuthoringProblem atCell(String file, String sheet, String cell, String path, Message text) {
        return new AuthoringProblem(file, sheet, cell, path, null, text);
    }

    /** A problem of the whole file (too large, not a workbook). */
    public static AuthoringProblem ofFile(String file, Message text) {
        return new AuthoringProblem(file, null, null, null, null, text);
    }

    static AuthoringProblem ofYaml(ScorecardProblem problem) {
        return new AuthoringProblem(problem.file(), null, null, problem.path(), problem.line(), problem.text());
    }
}
