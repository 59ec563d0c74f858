package org.cityscore.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.cityscore.scorecard.Indicator;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.scorecard.ShippedScorecards;
import org.junit.jupiter.api.Test;

/**
 * Laws of the scoring rule, checked on random answers to every real scorecard. The answers come from a seeded
 * {@link Random}, so a failure names the seed and the case, and can be run again exactly.
 */
class ScoreCalculatorPropertyTest {

    private static final int TRIES = 300;
    private static final long SEED = 20261202L;

    /** A scorecard with random answers, and one indicator picked at random to change. */
    record Case(ScorecardDefinition card, List<Answer> answers, Indicator picked) {}

    @Test
    void everyPercentageLiesBetween0And100() {
        forEachCase(indicator -> true, sample -> {
            AssessmentResult result = ScoreCalculator.score(sample.card(), sample.answers());
            List<Double> percents = new ArrayList<>();
            percents.add(result.overallPercent());
            result.categories().forEach(category -> percents.add(category.percent()));
            result.indicators().forEach(indicator -> percents.add(indicator.percent()));
            assertThat(percents.stream().filter(Objects::nonNull))
                    .allSatisfy(percent -> assertThat(percent).isBetween(0.0, 100.0));
        });
    }

    @Test
    void raisingOneAnswerNeverLowersItsCategoryOrTheOverall() {
        forEachCase(indicator -> true, sample -> {
            Indicator picked = sample.picked();
            IndicatorResult current = ScoreCalculator.score(sample.card(), sample.answers())
                    .indicator(picked.code())
                    .orElseThrow();
            int from = current.isAnswered()
                    ? current.level()
                    : sample.card().scale().min();
            int raised = Math.min(from + 1, sample.card().scale().max());
            // Compare from an answered indicator to the same indicator one level higher.
            AssessmentResult lower =
                    ScoreCalculator.score(sample.card(), replace(sample.answers(), Answer.level(picked.code(), from)));
            AssessmentResult higher = ScoreCalculator.score(
                    sample.card(), replace(sample.answers(), Answer.level(picked.code(), raised)));
            String category = current.categoryCode();
            assertThat(higher.category(category).orElseThrow().percent())
                    .isGreaterThanOrEqualTo(
                            lower.category(category).orElseThrow().percent() - 1e-9);
            assertThat(higher.overallPercent()).isGreaterThanOrEqualTo(lower.overallPercent() - 1e-9);
        });
    }

    @Test
    void markingAnIndicatorNotApplicableNeverChangesAnotherCategory() {
        forEachCase(Indicator::notApplicableAllowed, sample -> {
            AssessmentResult before = ScoreCalculator.score(sample.card(), sample.answers());
            AssessmentResult after = ScoreCalculator.score(
                    sample.card(),
                    replace(
                            sample.answers(),
                            Answer.notApplicable(sample.picked().code())));
            String own = before.indicator(sample.picked().code()).orElseThrow().categoryCode();
            for (CategoryResult category : before.categories()) {
                if (!category.code().equals(own)) {
                    assertThat(after.category(category.code()).orElseThrow().percent())
                            .isEqualTo(category.percent());
                }
            }
        });
    }

    @Test
    void aSumScorecardsPercentageIsItsPointsOutOfTheMaximum() {
        forEachCase(indicator -> true, sample -> {
            AssessmentResult result = ScoreCalculator.score(sample.card(), sample.answers());
            if (result.hasPoints() && result.hasScore()) {
                assertThat(result.overallPercent())
                        .isCloseTo(
                                100
                                        * result.points().scored().doubleValue()
                                        / result.points().maximum().doubleValue(),
                                org.assertj.core.data.Offset.offset(1e-9));
            }
            assertThat(result.isProvisional())
                    .isEqualTo(result.indicators().anyMatch(i -> i.status() == AnswerStatus.MISSING));
        });
    }

    /** Runs the law on {@link #TRIES} random cases whose picked indicator matches {@code pickable}. */
    private static void forEachCase(Predicate<Indicator> pickable, Consumer<Case> law) {
        Random random = new Random(SEED);
        List<ScorecardDefinition> cards = ShippedScorecards.all().stream()
                .filter(card -> card.indicators().anyMatch(pickable))
                .toList();
        assertThat(cards).isNotEmpty();
        for (int tried = 0; tried < TRIES; tried++) {
            ScorecardDefinition card = cards.get(random.nextInt(cards.size()));
            List<Indicator> candidates = card.indicators().filter(pickable).toList();
            Case sample = new Case(card, answers(card, random), candidates.get(random.nextInt(candidates.size())));
            try {
                law.accept(sample);
            } catch (AssertionError e) {
                throw new AssertionError(
                        "Case " + tried + " of seed " + SEED + " (" + card.id() + ", picked "
                                + sample.picked().code() + ", answers " + sample.answers() + "): " + e.getMessage(),
                        e);
            }
        }
    }

    /** For each indicator: missing, not applicable (where allowed), a level, or for measured ones a value. */
    private static List<Answer> answers(ScorecardDefinition card, Random random) {
        return card.indicators()
                .map(indicator -> answer(card, indicator, random))
                .filter(Objects::nonNull)
                .toList();
    }

    private static Answer answer(ScorecardDefinition card, Indicator indicator, Random random) {
        int kinds = 2 + (indicator.notApplicableAllowed() ? 1 : 0) + (indicator.isMeasured() ? 1 : 0);
        int kind = random.nextInt(kinds);
        if (kind == 0) {
            return null;
        }
        if (kind == 1) {
            return Answer.level(
                    indicator.code(),
                    card.scale().min()
                            + random.nextInt(card.scale().max() - card.scale().min() + 1));
        }
        if (kind == 2 && indicator.notApplicableAllowed()) {
            return Answer.notApplicable(indicator.code());
        }
        BigDecimal min = indicator.range() != null && indicator.range().min() != null
                ? indicator.range().min()
                : BigDecimal.ZERO;
        BigDecimal max = indicator.range() != null && indicator.range().max() != null
                ? indicator.range().max()
                : new BigDecimal(1000);
        BigDecimal value = min.add(max.subtract(min).multiply(BigDecimal.valueOf(random.nextDouble())))
                .setScale(2, RoundingMode.HALF_UP);
        return Answer.value(indicator.code(), value.min(max).max(min));
    }

    private static List<Answer> replace(List<Answer> answers, Answer replacement) {
        List<Answer> result = new ArrayList<>(answers.stream()
                .filter(answer -> !answer.indicatorCode().equals(replacement.indicatorCode()))
                .toList());
        result.add(replacement);
        return result;
    }
}
