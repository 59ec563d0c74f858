package org.cityscore.scorecard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cityscore.system.ApiError;
import org.cityscore.system.ApiException;
import org.cityscore.text.Messages;
import org.springframework.http.HttpStatus;

/** An uploaded scorecard with problems (422); nothing of it was stored. Carries every problem, with its cell or line. */
public class ScorecardRejectedException extends ApiException {

    private final transient List<AuthoringProblem> problems;

    ScorecardRejectedException(List<AuthoringProblem> problems, Messages messages) {
        super(
                HttpStatus.UNPROCESSABLE_CONTENT,
                problems.stream()
                        .map(problem -> new ApiError("file", messages.english(problem.text())))
                        .toList());
        this.problems = List.copyOf(problems);
    }

    @Override
    public String getMessage() {
        // not user-facing: for logs
        return problems.size() + " problem(s) in the uploaded scorecard; nothing was stored.";
    }

    public List<AuthoringProblem> problems() {
        return problems;
    }

    /** One entry of the 422's {@code errors}: where, and what in English. */
    record Body(String file, String sheet, String cell, String path, Integer line, String message) {}

    @Override
    public Object body(List<ApiError> errors) {
        List<Body> body = new ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            AuthoringProblem problem = problems.get(i);
            body.add(new Body(
                    problem.file(),
                    problem.sheet(),
                    problem.cell(),
                    problem.path(),
                    problem.line(),
                    errors.get(i).message()));
        }
        return Map.of("errors", body);
    }
}
