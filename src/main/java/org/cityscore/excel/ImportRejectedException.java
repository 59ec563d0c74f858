package org.cityscore.excel;

import java.util.List;

/** A workbook that cannot be imported; nothing of it was stored. Carries every problem found. */
public class ImportRejectedException extends RuntimeException {

    private final transient List<ImportProblem> problems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super(problems.size() + " problem(s) in the workbook; nothing was imported.");
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
