package org.cityscore.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.assessment.ResponseValue;
import org.cityscore.support.CityscoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two versions of a scorecard: in version 2 indicator W2 changed meaning (declared), W4's thresholds changed, and
 * W3 is new. Those are not comparable and stay out of the category change; W1 is compared.
 */
@CityscoreTest
class VersionComparisonTest {

    static final String V1 = """
            id: walk
            version: "1"
            languages: [en]
            title: {en: "Walk"}
            source: {citation: "test", note: {en: "test"}}
            scale: {min: 0, max: 3, labels: {0: {en: "0"}, 1: {en: "1"}, 2: {en: "2"}, 3: {en: "3"}}}
            categories:
              - code: W
                title: {en: "Walking"}
                indicators:
                  - {code: W1, name: {en: "Sidewalks"}, question: {en: "?"}}
                  - {code: W2, name: {en: "Crossings"}, question: {en: "?"}}
                  - {code: W4, kind: measured, name: {en: "Share"}, question: {en: "?"}, unit: {en: "%"},
                     thresholds: {direction: higher-is-better, levels: {1: 10, 2: 20, 3: 30}}}
            """;

    static final String V2 = V1.replace(
                    "version: \"1\"", "version: \"2\"\ncomparableWith: {version: \"1\", except: [W2]}")
            .replace("levels: {1: 10, 2: 20, 3: 30}", "levels: {1: 15, 2: 25, 3: 35}")
            .replace(
                    "  - {code: W2, name: {en: \"Crossings\"}, question: {en: \"?\"}}",
                    "  - {code: W2, name: {en: \"Safe crossings\"}, question: {en: \"?\"}}\n      - {code: W3, name: {en: \"Benches\"}, question: {en: \"?\"}}");

    @DynamicPropertySource
    static void twoVersions(DynamicPropertyRegistry registry) {
        try {
            Path folder = Files.createTempDirectory("cityscore-versions");
            Files.writeString(folder.resolve("walk-1.yaml"), V1);
            Files.writeString(folder.resolve("walk-2.yaml"), V2);
            Files.writeString(folder.resolve("walksum-1.yaml"), summed(V1));
            Files.writeString(folder.resolve("walksum-2.yaml"), summed(V2));
            registry.add("cityscore.scorecards-dir", folder::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    AssessmentService assessments;

    @Autowired
    ComparisonService comparisons;

    @Test
    void changedAndAddedIndicatorsAreNotComparableAndLeftOutOfTheCategoryChange() {
        long old = assessments
                .create(new AssessmentService.NewAssessment("walk", "1", "Riverton", null, 2023, null, null), false)
                .id();
        long now = assessments
                .create(new AssessmentService.NewAssessment("walk", "2", "Riverton", null, 2025, null, null), false)
                .id();
        answer(old, "W1", 1, null);
        answer(old, "W2", 0, null);
        answer(old, "W4", null, "25");
        answer(now, "W1", 3, null);
        answer(now, "W2", 3, null);
        answer(now, "W3", 3, null);
        answer(now, "W4", null, "25");

        Comparison comparison = comparisons.compare(List.of(now, old), false, "en");
        var rows =
                comparison.indicators().stream().collect(Collectors.toMap(Comparison.IndicatorRow::code, row -> row));
        assertThat(rows.get("W1").comparable()).isTrue();
        assertThat(rows.get("W1").delta()).isEqualTo(2);
        assertThat(rows.get("W2").comparable()).isFalse();
        assertThat(rows.get("W2").delta()).isNull();
        assertThat(rows.get("W3").comparable()).isFalse();
        assertThat(rows.get("W4").comparable()).isFalse();
        // only W1 counts: 1 of 3 = 33.3 % then 3 of 3 = 100 %
        Comparison.CategoryRow walking = comparison.categories().get(0);
        assertThat(walking.percents().get(0)).isCloseTo(100.0 / 3, within(1e-9));
        assertThat(walking.percents().get(1)).isCloseTo(100.0, within(1e-9));
        assertThat(walking.delta()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(comparison.notes()).anyMatch(note -> note.contains("3 indicator(s) are not comparable"));
        assertThat(comparisons.compare(List.of(now, old), false, "zh").notes())
                .anyMatch(note -> note.contains("有 3 个指标在所比较的版本"));
        // as assessed, version 2 counts everything: W1, W2, W3 at 100 % and W4 (25 reaches level 2 of the new
        // thresholds) at 66.7 %
        assertThat(comparison.assessments().get(1).overallAsAssessed()).isCloseTo((300 + 200.0 / 3) / 4, within(1e-9));
    }

    /** The same versions with the {@code sum} rule. */
    static String summed(String yaml) {
        return yaml.replace("id: walk", "id: walksum\naggregation: sum");
    }

    @Test
    void withTheSumRuleAnIndicatorLeftOutOfTheComparisonLeavesTheMaximumToo() {
        long old = assessments
                .create(new AssessmentService.NewAssessment("walksum", "1", "Riverton", null, 2023, null, null), false)
                .id();
        long now = assessments
                .create(new AssessmentService.NewAssessment("walksum", "2", "Riverton", null, 2025, null, null), false)
                .id();
        answer(old, "W1", 1, null);
        answer(now, "W1", 3, null);
        answer(now, "W2", 3, null);
        answer(now, "W3", 3, null);
        answer(now, "W4", null, "25");

        Comparison comparison = comparisons.compare(List.of(now, old), false, "en");
        // only W1 is compared: 1 / 3 then 3 / 3, not 1 / 9 (W2 and W4 counted as unanswered)
        assertThat(comparison.categories().get(0).percents()).containsExactly(100.0 / 3, 100.0);
        assertThat(comparison.assessments().get(0).overall()).isCloseTo(100.0 / 3, within(1e-9));
        // as assessed: version 1 has W2 and W4 unanswered (1 / 9, provisional); version 2 is 3 + 3 + 3 + 2 of 12
        assertThat(comparison.assessments().get(0).overallAsAssessed()).isCloseTo(100.0 / 9, within(1e-9));
        assertThat(comparison.assessments().get(0).provisional()).isTrue();
        assertThat(comparison.assessments().get(0).points()).isEqualTo("1 / 9");
        assertThat(comparison.assessments().get(1).points()).isEqualTo("11 / 12");
        assertThat(comparison.assessments().get(1).provisional()).isFalse();
    }

    private void answer(long id, String code, Integer level, String value) {
        assessments.respond(
                id,
                code,
                new ResponseValue(
                        level, value == null ? null : new BigDecimal(value), false, null, null, null, null, null),
                0,
                "t");
    }
}
