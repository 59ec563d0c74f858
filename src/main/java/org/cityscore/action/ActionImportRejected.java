package org.cityscore.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cityscore.system.ApiError;
import org.cityscore.system.ApiException;
import org.cityscore.text.Messages;
import org.springframework.http.HttpStatus;

/** An action register that cannot be imported (422); nothing of it was stored. Carries every problem, with its cell. */
public class ActionImportRejected extends ApiException {

    private final transient List<RegisterProblem> problems;

    ActionImportRejected(List<RegisterProblem> problems, Messages messages) {
        super(
                HttpStatus.UNPROCESSABLE_CONTENT,
                problems.stream()
                        .map(problem -> new ApiError(problem.field(), messages.english(problem.text())))
                        .toList());
        this.problems = List.copyOf(problems);
    }

    @Override
    public String getMessage() {
        // not user-facing: for logs
        return problems.size() + " problem(s) in the uploaded action register; nothing was stored.";
    }

    /** The problems as values: the register page resolves them in the reader's language. */
    public List<RegisterProblem> problems() {
        return problems;
    }

    /** One entry of the 422's {@code errors}: where, what in English, and the same text's key and arguments. */
    record Body(String file, String sheet, String cell, String field, String message, String key, List<String> args) {}

    @Override
    public Object body(List<ApiError> errors) {
        List<Body> body = new ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            RegisterProblem problem = problems.get(i);
            body.add(new Body(
                    problem.file(),
                    problem.sheet(),
                    problem.cell(),
                    problem.field(),
                    errors.get(i).message(),
                    problem.text().code(),
                    problem.text().args()));
        }
        return Map.of("errors", body);
    }
}
