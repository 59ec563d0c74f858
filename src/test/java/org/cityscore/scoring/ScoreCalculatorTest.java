package org.cityscore.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.cityscore.scoring.Answer.level;
import static org.cityscore.scoring.Answer.notApplicable;
import static org.cityscore.scoring.Answer.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.scorecard.ShippedScorecards;
import org.junit.jupiter.api.Test;

/** Scores worked out by hand for each real scorecard and for the edge cases of the scoring rule. */
class ScoreCalculatorTest {

    private static final double EXACT = 1e-9;

    @Test
    void undrrCompleteAssessmentIsTheSumOutOf141() {
        ScorecardDefinition undrr = ShippedScorecards.get("undrr-preliminary");
        // Every question of Essential n gets the same level: E1 3, E2 2, E3 1, E4 0, E5 3, E6 2, E7 1, E8 3, E9 2, E10
        // 1.
        int[] levelPerEssential = {3, 2, 1, 0, 3, 2, 1, 3, 2, 1};
        List<Answer> answers = new ArrayList<>();
        for (int essential = 0; essential < 10; essential++) {
            int chosen = levelPerEssential[essential];
            undrr.categories()
                    .get(essential)
                    .indicators()
                    .forEach(question -> answers.add(level(question.code(), chosen)));
        }
        AssessmentResult result = ScoreCalculator.score(undrr, answers);

        // 3×3 + 5×2 + 4×1 + 4×0 + 3×3 + 6×2 + 4×1 + 9×3 + 7×2 + 2×1 = 9+10+4+0+9+12+4+27+14+2 = 91
        assertThat(result.points().label()).isEqualTo("91 / 141");
        assertThat(result.overallPercent()).isCloseTo(100.0 * 91 / 141, within(EXACT));
        assertThat(result.category("E2").orElseThrow().points().label()).isEqualTo("10 / 15");
        assertThat(result.category("E2").orElseThrow().percent()).isCloseTo(100.0 * 10 / 15, within(EXACT));
        assertThat(result.category("E4").orElseThrow().percent()).isZero();
        assertThat(result.category("E8").orElseThrow().points().label()).isEqualTo("27 / 27");
        assertThat(result.completeness()).isEqualTo(new Completeness(47, 0, 0));
        assertThat(result.band()).isNull();
        assertThat(result.isProvisional()).isFalse();
        assertThat(result.categories()).noneMatch(CategoryResult::isProvisional);
    }

    @Test
    void undrrMissingQuestionsAreMissingNotZero() {
        ScorecardDefinition undrr = ShippedScorecards.get("undrr-preliminary");
        AssessmentResult result =
                ScoreCalculator.score(undrr, List.of(level("P1.1", 3), level("P1.2", 2), level("P1.3", 1)));

        // a missing question adds 0 points and keeps its 3 in the maximum: 6 / 141, not 6 / 9
        assertThat(result.points().label()).isEqualTo("6 / 141");
        assertThat(result.overallPercent()).isCloseTo(100.0 * 6 / 141, within(EXACT));
        assertThat(result.category("E1").orElseThrow().percent()).isCloseTo(100.0 * 6 / 9, within(EXACT));
        assertThat(result.category("E1").orElseThrow().isProvisional()).isFalse();
        assertThat(result.category("E2").orElseThrow().hasScore()).isFalse();
        assertThat(result.category("E2").orElseThrow().points().label()).isEqualTo("0 / 15");
        assertThat(result.completeness()).isEqualTo(new Completeness(3, 0, 44));
        assertThat(result.indicator("P2.1").orElseThrow().status()).isEqualTo(AnswerStatus.MISSING);
    }

    @Test
    void undrrPartialAssessmentIsItsPointsOutOfEveryApplicableQuestionAndProvisional() {
        ScorecardDefinition undrr = ShippedScorecards.get("undrr-preliminary");
        // 8 answers, 16 points: E1 3+3+2, E3 2+0 (of 4 questions), E8 3+2+1 (of 9)
        AssessmentResult result = ScoreCalculator.score(
                undrr,
                List.of(
                        level("P1.1", 3),
                        level("P1.2", 3),
                        level("P1.3", 2),
                        level("P3.1", 2),
                        level("P3.2", 0),
                        level("P8.1", 3),
                        level("P8.2", 2),
                        level("P8.3", 1)));

        assertThat(result.points().label()).isEqualTo("16 / 141");
        assertThat(result.overallPercent()).isCloseTo(100.0 * 16 / 141, within(EXACT));
        assertThat(String.format(Locale.ROOT, "%.1f", result.overallPercent())).isEqualTo("11.3");
        assertThat(result.hasPoints()).isTrue();
        assertThat(result.isProvisional()).isTrue();
        assertThat(result.completeness().answered()).isEqualTo(8);
        assertThat(result.completeness().applicable()).isEqualTo(47);
        CategoryResult e3 = result.category("E3").orElseThrow();
        assertThat(e3.points().label()).isEqualTo("2 / 12");
        assertThat(e3.percent()).isCloseTo(100.0 * 2 / 12, within(EXACT));
        assertThat(e3.isProvisional()).isTrue();
        assertThat(e3.completeness().applicable()).isEqualTo(4);
        assertThat(result.category("E1").orElseThrow().isProvisional()).isFalse();
    }

    @Test
    void aSumScorecardsNotApplicableQuestionLeavesTheMaximum() {
        ScorecardDefinition card = TestScorecards.summed();
        // A1 3 + A2 (weight 3) × 1 = 6 points of A1 3 + A2 3 × 3 = 12; B1 N/A takes its 3 out of the maximum
        AssessmentResult withNotApplicable =
                ScoreCalculator.score(card, List.of(level("A1", 3), level("A2", 1), notApplicable("B1")));
        assertThat(withNotApplicable.points().label()).isEqualTo("6 / 12");
        assertThat(withNotApplicable.overallPercent()).isCloseTo(50.0, within(EXACT));
        assertThat(withNotApplicable.isProvisional()).isFalse();
        assertThat(withNotApplicable.completeness().applicable()).isEqualTo(2);
        assertThat(withNotApplicable.category("B").orElseThrow().hasScore()).isFalse();

        AssessmentResult withMissing = ScoreCalculator.score(card, List.of(level("A1", 3), level("A2", 1)));
        assertThat(withMissing.points().label()).isEqualTo("6 / 15");
        assertThat(withMissing.overallPercent()).isCloseTo(100.0 * 6 / 15, within(EXACT));
        assertThat(withMissing.isProvisional()).isTrue();
        assertThat(withMissing.completeness().applicable()).isEqualTo(3);
    }

    @Test
    void weightedMeanScorecardsHaveNoPointsAndArePercentOverAnsweredIndicators() {
        ScorecardDefinition fiveRs = ShippedScorecards.get("iclei-5rs");
        AssessmentResult result = ScoreCalculator.score(fiveRs, List.of(level("RT1", 3), level("RT2", 0)));
        assertThat(result.hasPoints()).isFalse();
        assertThat(result.overallPercent()).isCloseTo(50.0, within(EXACT));
        assertThat(result.isProvisional()).isTrue();
    }

    @Test
    void shiftPlusWeightedMeanWithNotApplicableAndMeasuredValues() {
        ScorecardDefinition shift = ShippedScorecards.get("ecomobility-shift-plus");
        List<Answer> answers = new ArrayList<>();
        for (int e = 1; e <= 6; e++) {
            answers.add(level("E" + e, 4)); // 75 % each
        }
        for (int t = 1; t <= 12; t++) {
            answers.add(t == 6 ? notApplicable("TSS 6") : level("TSS " + t, t <= 5 ? 5 : 1));
        }
        answers.add(value("P1", "60")); // ≥ 55, < 65 → level 3 → 50 %
        answers.add(value("P2", "10")); // exactly on the level-3 threshold (≤ 10) → 50 %
        answers.add(value("P3", "40")); // above 35 → level 1 → 0 %
        answers.add(value("P4", "20")); // exactly on the level-5 threshold → 100 %
        answers.add(value("P5", "1.2")); // ≤ 1.5, > 1.0 → level 3 → 50 %
        AssessmentResult result = ScoreCalculator.score(shift, answers);

        assertThat(result.category("E").orElseThrow().percent()).isCloseTo(75.0, within(EXACT));
        assertThat(result.category("TSS").orElseThrow().percent()).isCloseTo(500.0 / 11, within(EXACT));
        assertThat(result.category("P").orElseThrow().percent()).isCloseTo(50.0, within(EXACT));
        assertThat(result.indicator("P2").orElseThrow().level()).isEqualTo(3);
        assertThat(result.indicator("P4").orElseThrow().level()).isEqualTo(5);
        assertThat(result.overallPercent()).isCloseTo((75.0 + 500.0 / 11 + 50.0) / 3, within(EXACT));
        assertThat(result.band().label().in("en")).isEqualTo("Bronze");
        assertThat(result.completeness()).isEqualTo(new Completeness(22, 1, 0));
        // E 6×4 + TSS (5×5 + 6×1) + P (3+3+1+5+3), out of 23 − 1 N/A indicators × 5
        assertThat(result.points().label()).isEqualTo("70 / 110");
    }

    @Test
    void fiveRsCategoriesWithoutAnswersDoNotCountInTheOverallScore() {
        ScorecardDefinition fiveRs = ShippedScorecards.get("iclei-5rs");
        List<Answer> answers = List.of(
                level("RT1", 3),
                level("RT2", 2),
                level("RT3", 1),
                value("RT4", "30"), // 100, 66.7, 33.3, level 2 → 66.7
                level("RG1", 0),
                level("RG2", 0),
                level("RG3", 0),
                notApplicable("RG4"), // 0
                value("RD4", "300"), // exactly on level 3 → 100
                level("RC1", 3),
                level("RC2", 3),
                level("RC3", 3),
                value("RC4", "10")); // RC4 below level 1 → 0; 75
        AssessmentResult result = ScoreCalculator.score(fiveRs, answers);

        assertThat(result.category("rethink").orElseThrow().percent()).isCloseTo(200.0 / 3, within(EXACT));
        assertThat(result.category("regenerate").orElseThrow().percent()).isZero();
        assertThat(result.category("reduce").orElseThrow().percent()).isCloseTo(100.0, within(EXACT));
        assertThat(result.category("reuse").orElseThrow().hasScore()).isFalse();
        assertThat(result.category("recover").orElseThrow().percent()).isCloseTo(75.0, within(EXACT));
        assertThat(result.overallPercent()).isCloseTo((200.0 / 3 + 0 + 100 + 75) / 4, within(EXACT));
        assertThat(result.band().label().in("en")).isEqualTo("Developing");
        assertThat(result.completeness()).isEqualTo(new Completeness(12, 1, 7));
    }

    @Test
    void noAnswersGiveNoScoreAndEverythingMissing() {
        ScorecardDefinition shift = ShippedScorecards.get("ecomobility-shift-plus");
        AssessmentResult result = ScoreCalculator.score(shift, List.of());
        assertThat(result.hasScore()).isFalse();
        assertThat(result.band()).isNull();
        assertThat(result.categories()).noneMatch(CategoryResult::hasScore);
        assertThat(result.completeness()).isEqualTo(new Completeness(0, 0, 23));
        assertThat(result.points().label()).isEqualTo("0 / 115");
    }

    @Test
    void anAllNotApplicableCategoryHasNoScoreAndNoMaximum() {
        ScorecardDefinition card = TestScorecards.weighted();
        AssessmentResult result = ScoreCalculator.score(card, List.of(notApplicable("B1"), level("A1", 3)));
        assertThat(result.category("B").orElseThrow().hasScore()).isFalse();
        assertThat(result.category("B").orElseThrow().points().label()).isEqualTo("0 / 0");
        assertThat(result.overallPercent()).isCloseTo(100.0, within(EXACT));
    }

    @Test
    void weightsApplyToIndicatorsAndCategories() {
        ScorecardDefinition card = TestScorecards.weighted();
        // Category A (weight 1): A1 (weight 1) level 3 = 100 %, A2 (weight 3) level 1 = 33.3 % → (100 + 3×33.3) / 4 =
        // 50
        // Category B (weight 3): B1 level 0 = 0 % → overall (1×50 + 3×0) / 4 = 12.5
        AssessmentResult result = ScoreCalculator.score(card, List.of(level("A1", 3), level("A2", 1), level("B1", 0)));
        assertThat(result.category("A").orElseThrow().percent()).isCloseTo(50.0, within(EXACT));
        assertThat(result.overallPercent()).isCloseTo(12.5, within(EXACT));
        assertThat(result.points().label()).isEqualTo("6 / 15");
    }

    @Test
    void measuredValuesOnAThresholdReachThatLevelInBothDirections() {
        ScorecardDefinition shift = ShippedScorecards.get("ecomobility-shift-plus");
        assertThat(levelOf(shift, value("P1", "55"))).isEqualTo(3);
        assertThat(levelOf(shift, value("P1", "54.999"))).isEqualTo(2);
        assertThat(levelOf(shift, value("P1", "0"))).isEqualTo(1);
        assertThat(levelOf(shift, value("P1", "100"))).isEqualTo(5);
        assertThat(levelOf(shift, value("P3", "10"))).isEqualTo(5);
        assertThat(levelOf(shift, value("P3", "10.01"))).isEqualTo(4);
        assertThat(levelOf(shift, value("P3", "35"))).isEqualTo(2);
        assertThat(levelOf(shift, value("P3", "35.5"))).isEqualTo(1);
    }

    private static int levelOf(ScorecardDefinition card, Answer answer) {
        return ScoreCalculator.score(card, List.of(answer))
                .indicator(answer.indicatorCode())
                .orElseThrow()
                .level();
    }

    @Test
    void rejectsLevelOutsideTheScaleWithAMessageThatSaysWhatToChoose() {
        ScorecardDefinition undrr = ShippedScorecards.get("undrr-preliminary");
        assertThatThrownBy(() -> ScoreCalculator.score(undrr, List.of(level("P3.2", 7))))
                .isInstanceOfSatisfying(
                        InvalidAnswersException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .satisfies(
                                        problem -> assertThat(org.cityscore.text.TestMessages.english(problem.text()))
                                                .isEqualTo("Level 7 is outside 0–3 for P3.2; choose 0, 1, 2 or 3.")));
        assertThatThrownBy(() -> ScoreCalculator.score(undrr, List.of(level("P1.1", -1))))
                .isInstanceOf(InvalidAnswersException.class);
    }

    @Test
    void rejectsEveryUnscorableAnswerAtOnce() {
        ScorecardDefinition shift = ShippedScorecards.get("ecomobility-shift-plus");
        List<Answer> answers = List.of(
                level("E1", 0),
                notApplicable("E2"),
                value("E3", "2"),
                value("P1", "140"),
                level("X9", 1),
                new Answer("E4", 2, BigDecimal.ONE, false));
        assertThatThrownBy(() -> ScoreCalculator.score(shift, answers))
                .isInstanceOfSatisfying(
                        InvalidAnswersException.class,
                        e -> assertThat(e.problems())
                                .extracting(AnswerProblem::indicatorCode)
                                .containsExactly("E1", "E2", "E3", "P1", "X9", "E4"));
    }

    @Test
    void aMeasuredIndicatorCanAlsoBeGivenItsLevelDirectly() {
        ScorecardDefinition shift = ShippedScorecards.get("ecomobility-shift-plus");
        assertThat(levelOf(shift, level("P1", 4))).isEqualTo(4);
    }
}
