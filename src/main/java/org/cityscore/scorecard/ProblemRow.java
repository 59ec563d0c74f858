package org.cityscore.scorecard;

import java.util.List;
import java.util.Locale;
import org.cityscore.text.Messages;

/** A scorecard problem as the API and the scorecards page show it: where, and what in one language. */
record ProblemRow(String file, String path, int line, String message) {

    static List<ProblemRow> of(List<ScorecardProblem> problems, Messages messages, Locale locale) {
        return problems.stream()
                .map(problem -> new ProblemRow(
                        problem.file(), problem.path(), problem.line(), messages.in(problem.text(), locale)))
                .toList();
    }
}
