package org.cityscore.scoring;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when answers cannot be scored; carries every problem found, not only the first. */
public class InvalidAnswersException extends IllegalArgumentException {

    private final transient List<AnswerProblem> problems;

    public InvalidAnswersException(List<AnswerProblem> problems) {
        super(problems.stream().map(AnswerProblem::message).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<AnswerProblem> problems() {
        return problems;
    }
}
