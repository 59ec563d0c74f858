package org.cityscore.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cityscore.system.ApiError;
import org.cityscore.system.ApiException;
import org.cityscore.text.Messages;
import org.springframework.http.HttpStatus;

/** A workbook that cannot be imported (422); nothing of it was stored. Carries every problem found, with its cell. */
public class ImportRejectedException extends ApiException {

    private final transient List<ImportProblem> problems;

    /** {@code messages} resolves each problem in English once, for the API's {@code message}. */
    public ImportRejectedException(List<ImportProblem> problems, Messages messages) {
        super(
                HttpStatus.UNPROCESSABLE_CONTENT,
                problems.stream()
                        .map(p -> new ApiError(p.field(), messages.english(p.text())))
                        .toList());
        this.problems = List.copyOf(problems);
    }

    @Override
    public String getMessage() {
        // not user-facing: for logs; users see each problem from the bundles
        return problems.size() + " problem(s) in the workbook; nothing was imported.";
    }

    /** The problems as values: a page resolves their texts in the reader's language. */
    public List<ImportProblem> problems() {
        return problems;
    }

    /** Every problem with its sheet, cell, indicator, English message, key and arguments. */
    @Override
    public Object body(List<ApiError> errors) {
        List<ImportProblem.Body> body = new ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            body.add(problems.get(i).body(errors().get(i).message()));
        }
        return Map.of("errors", body);
    }
}
