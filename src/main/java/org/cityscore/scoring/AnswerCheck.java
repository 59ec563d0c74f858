package org.cityscore.scoring;

import org.cityscore.scorecard.Indicator;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.scorecard.Scale;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Set;
import java.util.stream.Collectors;

/** Finds every answer that cannot be scored against a scorecard, with a message a participant understands. */
public final class AnswerCheck {

    private AnswerCheck() {
    }

    public static List<AnswerProblem> problems(ScorecardDefinition definition, Collection<Answer> answers) {
        List<AnswerProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Indicator> indicators = definition.indicators()
                .collect(Collectors.toMap(Indicator::code, Function.identity()));
        for (Answer answer : answers) {
            String code = answer.indicatorCode();
            Indicator indicator = indicators.get(code);
            if (indicator == null) {
                problems.add(new AnswerProblem(code, "There is no indicator " + code + " in " + definition.id()
                        + " version " + definition.version() + "."));
            } else if (!seen.add(code)) {
                problems.add(new AnswerProblem(code, code + " is answered twice; keep one answer."));
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
                problems.add(AnswerProblem.of(code, code + " cannot be marked not applicable; choose a level.", "answer.naNotAllowed", code));
            } else if (answer.level() != null || answer.value() != null) {
                problems.add(AnswerProblem.of(code, code + " is marked not applicable and also answered; keep one.", "answer.naAndAnswered", code));
            }
        } else if (answer.level() != null && answer.value() != null) {
            problems.add(AnswerProblem.of(code, code + " has both a level and a value; give one of them.", "answer.levelAndValue", code));
        } else if (answer.level() != null && !scale.contains(answer.level())) {
            problems.add(AnswerProblem.of(code, "Level " + answer.level() + " is outside " + scale.range() + " for "
                    + code + "; choose " + choices(scale) + ".", "answer.levelOutside",
                    String.valueOf(answer.level()), scale.range(), code, choices(scale)));
        } else if (answer.value() != null && !indicator.isMeasured()) {
            problems.add(AnswerProblem.of(code, code + " is rated, not measured: choose a level (" + choices(scale)
                    + ") instead of entering a value.", "answer.valueForRated", code, choices(scale)));
        } else if (answer.value() != null && indicator.range() != null && !indicator.range().contains(answer.value())) {
            problems.add(AnswerProblem.of(code, "The value " + answer.value().toPlainString() + " for " + code
                    + " is outside the plausible range " + indicator.range().describe() + " (" + indicator.unit().in("en")
                    + "); check the number and its unit.", "answer.valueOutside",
                    answer.value().toPlainString(), code, indicator.range().describe()));
        }
    }

    private static String choices(Scale scale) {
        List<String> levels = scale.levels().mapToObj(String::valueOf).toList();
        return levels.subList(0, levels.size() - 1).stream().collect(Collectors.joining(", "))
                + " or " + levels.get(levels.size() - 1);
    }
}
