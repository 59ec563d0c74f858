package org.cityscore.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cityscore.scorecard.Aggregation;
import org.cityscore.scorecard.Category;
import org.cityscore.scorecard.Indicator;
import org.cityscore.scorecard.Scale;
import org.cityscore.scorecard.ScorecardDefinition;

/**
 * Computes an assessment's scores from a scorecard and answers, exactly as {@code scorecards/README.md} defines
 * them. Pure: no Spring, no I/O; every page, export and report that shows a score goes through here.
 */
public final class ScoreCalculator {

    private ScoreCalculator() {}

    /** Scores the answers; throws {@link InvalidAnswersException} listing every answer that cannot be scored. */
    public static AssessmentResult score(ScorecardDefinition definition, Collection<Answer> answers) {
        List<AnswerProblem> problems = AnswerCheck.problems(definition, answers);
        if (!problems.isEmpty()) {
            throw new InvalidAnswersException(problems);
        }
        Map<String, Answer> byCode =
                answers.stream().collect(Collectors.toMap(Answer::indicatorCode, Function.identity()));
        List<CategoryResult> categories = new ArrayList<>();
        for (Category category : definition.categories()) {
            categories.add(category(definition, category, byCode));
        }
        Points points = categories.stream().map(CategoryResult::points).reduce(Points.ZERO, Points::plus);
        Completeness completeness =
                categories.stream().map(CategoryResult::completeness).reduce(Completeness.NONE, Completeness::plus);
        Double overall = definition.aggregation() == Aggregation.SUM
                ? sumPercent(points, completeness)
                : weightedMeanOfCategories(categories);
        return new AssessmentResult(
                definition.id(),
                definition.version(),
                definition.aggregation(),
                overall,
                overall == null ? null : definition.bandFor(overall).orElse(null),
                points,
                completeness,
                categories);
    }

    private static CategoryResult category(
            ScorecardDefinition definition, Category category, Map<String, Answer> answers) {
        Scale scale = definition.scale();
        List<IndicatorResult> indicators = category.indicators().stream()
                .map(indicator -> indicator(indicator, category.code(), scale, answers.get(indicator.code())))
                .toList();
        Points points = indicators.stream().map(result -> points(result, scale)).reduce(Points.ZERO, Points::plus);
        Completeness completeness = indicators.stream()
                .map(result -> Completeness.of(result.status()))
                .reduce(Completeness.NONE, Completeness::plus);
        Double percent = definition.aggregation() == Aggregation.SUM
                ? sumPercent(points, completeness)
                : weightedMeanOfIndicators(indicators);
        return new CategoryResult(category.code(), percent, points, completeness, category.weight(), indicators);
    }

    private static IndicatorResult indicator(Indicator indicator, String categoryCode, Scale scale, Answer answer) {
        if (answer == null || answer.isEmpty()) {
            return new IndicatorResult(
                    indicator.code(), categoryCode, AnswerStatus.MISSING, null, null, null, indicator.weight());
        }
        if (answer.notApplicable()) {
            return new IndicatorResult(
                    indicator.code(), categoryCode, AnswerStatus.NOT_APPLICABLE, null, null, null, indicator.weight());
        }
        int level =
                answer.value() != null ? indicator.thresholds().levelFor(answer.value(), scale.min()) : answer.level();
        double percent = 100.0 * (level - scale.min()) / scale.span();
        return new IndicatorResult(
                indicator.code(),
                categoryCode,
                AnswerStatus.ANSWERED,
                level,
                answer.value(),
                percent,
                indicator.weight());
    }

    private static Points points(IndicatorResult result, Scale scale) {
        if (result.status() == AnswerStatus.NOT_APPLICABLE) {
            return Points.ZERO;
        }
        BigDecimal weight = BigDecimal.valueOf(result.weight());
        BigDecimal scored = result.isAnswered() ? weight.multiply(BigDecimal.valueOf(result.level())) : BigDecimal.ZERO;
        return new Points(scored, weight.multiply(BigDecimal.valueOf(scale.max())));
    }

    private static Double weightedMeanOfIndicators(List<IndicatorResult> indicators) {
        return weightedMean(indicators.stream()
                .filter(IndicatorResult::isAnswered)
                .map(result -> new double[] {result.weight(), result.percent()})
                .toList());
    }

    private static Double weightedMeanOfCategories(List<CategoryResult> categories) {
        return weightedMean(categories.stream()
                .filter(CategoryResult::hasScore)
                .map(category -> new double[] {category.weight(), category.percent()})
                .toList());
    }

    /** The weighted mean of (weight, value) pairs; null when there is none. */
    private static Double weightedMean(List<double[]> weightedValues) {
        double weighted = 0;
        double weights = 0;
        for (double[] pair : weightedValues) {
            weighted += pair[0] * pair[1];
            weights += pair[0];
        }
        return weights == 0 ? null : weighted / weights;
    }

    /**
     * X / M × 100: the points scored out of the maximum of every applicable indicator, so a missing answer adds 0
     * to X and its maximum to M, as in the official UNDRR workbook. No score until something is answered.
     */
    private static Double sumPercent(Points points, Completeness completeness) {
        if (completeness.answered() == 0 || points.maximum().signum() == 0) {
            return null;
        }
        return 100.0 * points.scored().doubleValue() / points.maximum().doubleValue();
    }
}
