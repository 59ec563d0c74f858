package org.cityscore.scoring;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when answers cannot be scored; carries every problem found, not only the first. Callers check the answers
 * first, so its own message (the problems' codes) is for the log, never for a user.
 */
public class InvalidAnswersException extends IllegalArgumentException {

    private final transient List<AnswerProblem> problems;

    public InvalidAnswersException(List<AnswerProblem> problems) {
        super(problems.stream()
                .map(problem -> problem.indicatorCode() + ": " + problem.text())
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<AnswerProblem> problems() {
        return problems;
    }
}
