package org.cityscore.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Every file in scorecards/ loads, and each real scorecard has the structure its framework publishes. */
class ShippedScorecardsTest {

    @Test
    void everyFileInTheFolderLoadsWithoutProblems() {
        assertThat(ShippedScorecards.loaded().problems()).isEmpty();
        assertThat(ShippedScorecards.all())
                .extracting(ScorecardDefinition::id)
                .containsExactlyInAnyOrder("ecomobility-shift-plus", "iclei-5rs", "undrr-preliminary");
    }

    @Test
    void undrrPreliminaryHasTheTenEssentialsAnd47QuestionsOutOf141() {
        ScorecardDefinition undrr = ShippedScorecards.get("undrr-preliminary");
        assertThat(undrr.aggregation()).isEqualTo(Aggregation.SUM);
        assertThat(undrr.scale().range()).isEqualTo("0–3");
        assertThat(undrr.categories())
                .extracting(Category::code)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, 10).mapToObj(n -> "E" + n).toList());
        assertThat(undrr.categories())
                .extracting(category -> category.indicators().size())
                .containsExactly(3, 5, 4, 4, 3, 6, 4, 9, 7, 2);
        assertThat(undrr.indicatorCount()).isEqualTo(47);
        assertThat(undrr.maximumPoints()).isEqualByComparingTo(new BigDecimal(141));
        assertThat(undrr.indicators().map(Indicator::code).toList())
                .startsWith("P1.1", "P1.2", "P1.3", "P2.1")
                .endsWith("P9.7", "P10.1", "P10.2");
        assertThat(undrr.indicator("P8.3").orElseThrow().name().in("en")).isEqualTo("Water – Potable and Sanitation");
        assertThat(undrr.categories().get(0).title().in("en")).isEqualTo("Organise for Disaster Resilience");
        assertThat(undrr.indicators())
                .allSatisfy(indicator -> assertThat(indicator.levels()).containsOnlyKeys(0, 1, 2, 3));
    }

    @Test
    void shiftPlusHas23IndicatorsInThreeCategoriesWithMeasuredPerformance() {
        ScorecardDefinition shift = ShippedScorecards.get("ecomobility-shift-plus");
        assertThat(shift.scale().range()).isEqualTo("1–5");
        assertThat(shift.categories()).extracting(Category::code).containsExactly("E", "TSS", "P");
        assertThat(shift.categories())
                .extracting(category -> category.indicators().size())
                .containsExactly(6, 12, 5);
        assertThat(shift.indicatorCount()).isEqualTo(23);
        assertThat(shift.indicator("TSS 8").orElseThrow().name().in("en")).isEqualTo("Ecologistics (urban freight)");
        List<String> measured = shift.indicators()
                .filter(Indicator::isMeasured)
                .map(Indicator::code)
                .toList();
        assertThat(measured).containsExactly("P1", "P2", "P3", "P4", "P5");
        assertThat(shift.indicators().filter(indicator -> !indicator.isMeasured()))
                .allSatisfy(indicator -> assertThat(indicator.levels()).containsOnlyKeys(1, 2, 3, 4, 5));
        assertThat(shift.bands())
                .extracting(band -> band.label().in("en"))
                .containsExactly("Not yet at Bronze", "Bronze", "Silver", "Gold");
    }

    @Test
    void fiveRsHasTheFiveStrategiesAndSaysTheScoringIsOurs() {
        ScorecardDefinition fiveRs = ShippedScorecards.get("iclei-5rs");
        assertThat(fiveRs.categories())
                .extracting(Category::code)
                .containsExactly("rethink", "regenerate", "reduce", "reuse", "recover");
        assertThat(fiveRs.indicatorCount()).isEqualTo(20);
        assertThat(fiveRs.indicators().filter(Indicator::isMeasured).map(Indicator::code))
                .containsExactly("RT4", "RG4", "RD4", "RU4", "RC4");
        assertThat(fiveRs.source().note().in("en")).contains("Cityscore");
    }

    @Test
    void everyTextOfEveryScorecardHasEnglishAndChinese() {
        assertThat(ShippedScorecards.all()).allSatisfy(card -> {
            assertThat(card.languages()).contains("en", "zh");
            assertThat(card.indicators()).allSatisfy(indicator -> {
                assertThat(indicator.name().has("zh")).as(indicator.code()).isTrue();
                assertThat(indicator.question().has("zh")).as(indicator.code()).isTrue();
            });
            assertThat(card.categories())
                    .allSatisfy(
                            category -> assertThat(category.title().has("zh")).isTrue());
        });
    }
}
