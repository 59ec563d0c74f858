package org.cityscore.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cityscore.scorecard.Indicator;
import org.cityscore.scorecard.Scale;
import org.cityscore.scorecard.ScorecardDefinition;

/** Finds every answer that cannot be scored against a scorecard, with a message a participant understands. */
public final class AnswerCheck {

    private AnswerCheck() {}

    public static List<AnswerProblem> problems(ScorecardDefinition definition, Collection<Answer> answers) {
        List<AnswerProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Indicator> indicators =
                definition.indicators().collect(Collectors.toMap(Indicator::code, Function.identity()));
        for (Answer answer : answers) {
            String code = answer.indicatorCode();
            Indicator indicator = indicators.get(code);
            if (indicator == null) {
                problems.add(
                        AnswerProblem.of(code, "answer.unknownIndicator", code, definition.id(), definition.version()));
            } else if (!seen.add(code)) {
                problems.add(AnswerProblem.of(code, "answer.twice", code));
            } else {
                check(answer, indicator, definition.scale(), problems);
            }
        }
        return problems;
    }

    public static AnswerProblem problem(ScorecardDefinition definition, Answer answer) {
        List<AnswerProblem> problems = problems(definition, List.of(answer));
        return problems.isEmpty() ? null : problems.get(0);
    }

    private static void check(Answer answer, Indicator indicator, Scale scale, List<AnswerProblem> problems) {
        String code = indicator.code();
        AnswerProblem unstorable = answer.value() == null ? null : MeasuredValue.problem(code, answer.value());
        if (unstorable != null) {
            problems.add(unstorable);
        } else if (answer.notApplicable()) {
            if (!indicator.notApplicableAllowed()) {
                problems.add(AnswerProblem.of(code, "answer.naNotAllowed", code));
            } else if (answer.level() != null || answer.value() != null) {
                problems.add(AnswerProblem.of(code, "answer.naAndAnswered", code));
            }
        } else if (answer.level() != null && answer.value() != null) {
            problems.add(AnswerProblem.of(code, "answer.levelAndValue", code));
        } else if (answer.level() != null && !scale.contains(answer.level())) {
            problems.add(AnswerProblem.of(
                    code, "answer.levelOutside", answer.level(), scale.range(), code, allButLast(scale), last(scale)));
        } else if (answer.value() != null && !indicator.isMeasured()) {
            problems.add(AnswerProblem.of(code, "answer.valueForRated", code, allButLast(scale), last(scale)));
        } else if (answer.value() != null
                && indicator.range() != null
                && !indicator.range().contains(answer.value())) {
            // no unit in the sentence: a Message's arguments are plain strings, and the scorecard gives the unit in
            // the reader's language beside the field
            problems.add(AnswerProblem.of(
                    code,
                    "answer.valueOutside",
                    answer.value().toPlainString(),
                    code,
                    indicator.range().describe()));
        }
    }

    /** The levels to choose from but the last, "0, 1, 2"; the bundle joins it to the last with its "or". */
    private static String allButLast(Scale scale) {
        List<String> levels = scale.levels().mapToObj(String::valueOf).toList();
        return String.join(", ", levels.subList(0, levels.size() - 1));
    }

    private static String last(Scale scale) {
        List<String> levels = scale.levels().mapToObj(String::valueOf).toList();
        return levels.get(levels.size() - 1);
    }
}
