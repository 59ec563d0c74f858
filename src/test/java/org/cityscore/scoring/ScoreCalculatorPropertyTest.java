package org.cityscore.scoring;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cityscore.scorecard.Indicator;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.scorecard.ShippedScorecards;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** Laws of the scoring rule, checked on random answers to every real scorecard. */
class ScoreCalculatorPropertyTest {

    /** A scorecard with random answers, and one indicator picked at random to change. */
    record Case(ScorecardDefinition card, List<Answer> answers, Indicator picked) {
    }

    @Property(tries = 300)
    void everyPercentageLiesBetween0And100(@ForAll("cases") Case sample) {
        AssessmentResult result = ScoreCalculator.score(sample.card(), sample.answers());
        List<Double> percents = new ArrayList<>();
        percents.add(result.overallPercent());
        result.categories().forEach(category -> percents.add(category.percent()));
        result.indicators().forEach(indicator -> percents.add(indicator.percent()));
        assertThat(percents.stream().filter(Objects::nonNull)).allSatisfy(percent -> assertThat(percent).isBetween(0.0, 100.0));
    }

    @Property(tries = 300)
    void raisingOneAnswerNeverLowersItsCategoryOrTheOverall(@ForAll("cases") Case sample) {
        Indicator picked = sample.picked();
        AssessmentResult before = ScoreCalculator.score(sample.card(), sample.answers());
        IndicatorResult current = before.indicator(picked.code()).orElseThrow();
        int from = current.isAnswered() ? current.level() : sample.card().scale().min();
        int raised = Math.min(from + 1, sample.card().scale().max());
        // Compare from an answered indicator to the same indicator one level higher.
        AssessmentResult lower = ScoreCalculator.score(sample.card(), replace(sample.answers(), Answer.level(picked.code(), from)));
        AssessmentResult higher = ScoreCalculator.score(sample.card(), replace(sample.answers(), Answer.level(picked.code(), raised)));
        String category = current.categoryCode();
        assertThat(higher.category(category).orElseThrow().percent())
                .isGreaterThanOrEqualTo(lower.category(category).orElseThrow().percent() - 1e-9);
        assertThat(higher.overallPercent()).isGreaterThanOrEqualTo(lower.overallPercent() - 1e-9);
    }

    @Property(tries = 300)
    void markingAnIndicatorNotApplicableNeverChangesAnotherCategory(@ForAll("notApplicableCases") Case sample) {
        AssessmentResult before = ScoreCalculator.score(sample.card(), sample.answers());
        AssessmentResult after = ScoreCalculator.score(sample.card(),
                replace(sample.answers(), Answer.notApplicable(sample.picked().code())));
        String own = before.indicator(sample.picked().code()).orElseThrow().categoryCode();
        for (CategoryResult category : before.categories()) {
            if (!category.code().equals(own)) {
                assertThat(after.category(category.code()).orElseThrow().percent()).isEqualTo(category.percent());
            }
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.of(ShippedScorecards.all()).flatMap(card -> Combinators.combine(
                answers(card), Arbitraries.of(card.indicators().toList())).as((answers, picked) -> new Case(card, answers, picked)));
    }

    @Provide
    Arbitrary<Case> notApplicableCases() {
        return Arbitraries.of(ShippedScorecards.all())
                .filter(card -> card.indicators().anyMatch(Indicator::notApplicableAllowed))
                .flatMap(card -> Combinators.combine(answers(card),
                        Arbitraries.of(card.indicators().filter(Indicator::notApplicableAllowed).toList()))
                        .as((answers, picked) -> new Case(card, answers, picked)));
    }

    /** For each indicator: missing, not applicable (where allowed), a level, or for measured ones a value. */
    private static Arbitrary<List<Answer>> answers(ScorecardDefinition card) {
        List<Arbitrary<Answer>> perIndicator = card.indicators().map(indicator -> answer(card, indicator)).toList();
        return Combinators.combine(perIndicator).as(list -> list.stream().filter(Objects::nonNull).toList());
    }

    private static Arbitrary<Answer> answer(ScorecardDefinition card, Indicator indicator) {
        List<Arbitrary<Answer>> choices = new ArrayList<>();
        choices.add(Arbitraries.just(null));
        choices.add(Arbitraries.integers().between(card.scale().min(), card.scale().max())
                .map(level -> Answer.level(indicator.code(), level)));
        if (indicator.notApplicableAllowed()) {
            choices.add(Arbitraries.just(Answer.notApplicable(indicator.code())));
        }
        if (indicator.isMeasured()) {
            BigDecimal min = indicator.range() != null && indicator.range().min() != null ? indicator.range().min() : BigDecimal.ZERO;
            BigDecimal max = indicator.range() != null && indicator.range().max() != null ? indicator.range().max() : new BigDecimal(1000);
            choices.add(Arbitraries.bigDecimals().between(min, max).ofScale(2).map(value -> Answer.value(indicator.code(), value)));
        }
        return Arbitraries.oneOf(choices);
    }

    private static List<Answer> replace(List<Answer> answers, Answer replacement) {
        List<Answer> result = new ArrayList<>(answers.stream()
                .filter(answer -> !answer.indicatorCode().equals(replacement.indicatorCode())).toList());
        result.add(replacement);
        return result;
    }
}
