package org.cityscore.excel;

import org.cityscore.system.ApiError;
import org.cityscore.system.ApiException;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;

/** A workbook that cannot be imported (422); nothing of it was stored. Carries every problem found, with its cell. */
public class ImportRejectedException extends ApiException {

    private final transient List<ImportProblem> problems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, problems.stream().map(p -> new ApiError(p.field(), p.message())).toList());
        this.problems = List.copyOf(problems);
    }

    @Override
    public String getMessage() {
        return problems.size() + " problem(s) in the workbook; nothing was imported.";
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    /** Every problem with its sheet, cell, indicator, key and arguments. */
    @Override
    public Object body(List<ApiError> errors) {
        return Map.of("errors", problems);
    }
}
