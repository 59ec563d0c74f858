package org.cityscore.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.cityscore.text.BundleTexts;
import org.junit.jupiter.api.Test;

class ScorecardParserTest {

    static final String VALID = """
            id: walk-check
            version: "1.0"
            languages: [en, zh]
            title: {en: "Walk check", zh: "步行检查"}
            source:
              citation: "Test"
              note: {en: "Ours", zh: "我们的"}
            scale:
              min: 0
              max: 3
              labels:
                0: {en: "None", zh: "无"}
                1: {en: "Started", zh: "起步"}
                2: {en: "Adopted", zh: "采纳"}
                3: {en: "Done", zh: "完成"}
            bands:
              - {from: 0, label: {en: "Bronze", zh: "铜"}}
              - {from: 50, label: {en: "Gold", zh: "金"}}
            categories:
              - code: W
                title: {en: "Walking", zh: "步行"}
                indicators:
                  - code: W1
                    name: {en: "Sidewalks", zh: "人行道"}
                    question: {en: "Sidewalks?", zh: "人行道？"}
                    levels:
                      0: {en: "None", zh: "无"}
                      3: {en: "All streets", zh: "所有街道"}
                  - code: W2
                    kind: measured
                    name: {en: "Share", zh: "比例"}
                    question: {en: "Share?", zh: "比例？"}
                    unit: {en: "%", zh: "%"}
                    range: {min: 0, max: 100}
                    thresholds:
                      direction: higher-is-better
                      levels: {1: 10, 2: 20, 3: 30}
                    weight: 2
                    notApplicableAllowed: true
                groups:
                  - code: W-extra
                    title: {en: "Extra", zh: "附加"}
                    indicators:
                      - code: W3
                        name: {en: "Crossings", zh: "过街"}
                        question: {en: "Crossings?", zh: "过街？"}
            """;

    private final ScorecardParser parser = new ScorecardParser();

    ScorecardParser.Outcome parse(String yaml) {
        return parser.parse("test.yaml", new StringReader(yaml));
    }

    List<String> problems(String yaml) {
        ScorecardParser.Outcome outcome = parse(yaml);
        assertThat(outcome.isValid()).as("file should have been refused").isFalse();
        return outcome.problems().stream()
                .map(problem -> problem.where() + ": " + BundleTexts.english(problem.text()))
                .toList();
    }

    @Test
    void aProblemIsAMessageThatReadsInEnglishAndInChinese() {
        ScorecardProblem problem = parse(VALID.replace("{1: 10, 2: 20, 3: 30}", "{1: 10, 2: 30, 3: 20}"))
                .problems()
                .get(0);
        assertThat(BundleTexts.english(problem.text()))
                .isEqualTo("thresholds out of order: with higher-is-better level 3 (20) must be above level 2 (30)");
        assertThat(BundleTexts.chinese(problem.text())).isEqualTo("阈值顺序错误：在 higher-is-better 下，等级 3（20）必须高于等级 2（30）");
        assertThat(BundleTexts.chinese(parse("").problems().get(0).text())).isEqualTo("文件是空的");
        assertThat(BundleTexts.english(parse(VALID.replace("weight: 2", "weight: 0"))
                        .problems()
                        .get(0)
                        .text()))
                .isEqualTo("weight must be above 0 (it is 0)");
    }

    @Test
    void readsEveryPartOfAValidFile() {
        ScorecardParser.Outcome outcome = parse(VALID);
        assertThat(outcome.problems()).isEmpty();
        ScorecardDefinition card = outcome.definition();
        assertThat(card.id()).isEqualTo("walk-check");
        assertThat(card.aggregation()).isEqualTo(Aggregation.WEIGHTED_MEAN);
        assertThat(card.indicatorCount()).isEqualTo(3);
        assertThat(card.categories().get(0).groups())
                .singleElement()
                .satisfies(group -> assertThat(group.indicatorCodes()).containsExactly("W3"));
        Indicator share = card.indicator("W2").orElseThrow();
        assertThat(share.isMeasured()).isTrue();
        assertThat(share.weight()).isEqualTo(2.0);
        assertThat(share.notApplicableAllowed()).isTrue();
        assertThat(share.thresholds().levels()).containsEntry(3, new BigDecimal("30"));
        Indicator sidewalks = card.indicator("W1").orElseThrow();
        assertThat(sidewalks.describe(3, card.scale()).orElseThrow().in("zh")).isEqualTo("所有街道");
        assertThat(sidewalks.describe(1, card.scale()).orElseThrow().in("en")).isEqualTo("Started");
        assertThat(card.indicator("W3").orElseThrow().group()).isEqualTo("W-extra");
        assertThat(card.bandFor(55).orElseThrow().label().in("en")).isEqualTo("Gold");
    }

    @Test
    void unquotedVersionKeepsItsDigits() {
        ScorecardDefinition card =
                parse(VALID.replace("version: \"1.0\"", "version: 1.10")).definition();
        assertThat(card.version()).isEqualTo("1.10");
    }

    @Test
    void reportsUnknownKeyWithPathAndLine() {
        List<String> problems = problems(VALID.replace("    weight: 2", "    wieght: 2"));
        assertThat(problems)
                .containsExactly(
                        "test.yaml: categories[W].indicators[W2].wieght (line 38): unknown key 'wieght'; allowed here: "
                                + "code, guidance, kind, levels, name, notApplicableAllowed, question, range, thresholds, unit, weight");
    }

    static String withoutLines(String yaml, String... starts) {
        return yaml.lines()
                .filter(line -> Arrays.stream(starts).noneMatch(line.strip()::startsWith))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    @Test
    void reportsDuplicateIndicatorCode() {
        assertThat(problems(VALID.replace("- code: W3", "- code: W1")))
                .containsExactly("test.yaml: categories[W].groups[W-extra].indicators[W1].code (line 44): "
                        + "the indicator code 'W1' is used twice; codes must be unique in the scorecard");
    }

    @Test
    void reportsLevelOutsideTheScale() {
        assertThat(problems(VALID.replace("3: {en: \"All streets\"", "4: {en: \"All streets\"")))
                .containsExactly(
                        "test.yaml: categories[W].indicators[W1].levels.4 (line 28): level 4 is outside the scale 0–3");
    }

    @Test
    void reportsThresholdsOutOfOrder() {
        assertThat(problems(VALID.replace("{1: 10, 2: 20, 3: 30}", "{1: 10, 2: 30, 3: 20}")))
                .containsExactly(
                        "test.yaml: categories[W].indicators[W2].thresholds.levels.3 (line 37): thresholds out of order: "
                                + "with higher-is-better level 3 (20) must be above level 2 (30)");
    }

    @Test
    void lowerIsBetterThresholdsMustFall() {
        String rising = VALID.replace("direction: higher-is-better", "direction: lower-is-better");
        assertThat(problems(rising)).hasSize(2).allMatch(problem -> problem.contains("thresholds out of order"));
        String falling = rising.replace("{1: 10, 2: 20, 3: 30}", "{1: 30, 2: 20, 3: 10}");
        assertThat(parse(falling).problems()).isEmpty();
    }

    @Test
    void reportsMissingThresholdLevel() {
        assertThat(problems(VALID.replace("{1: 10, 2: 20, 3: 30}", "{1: 10, 3: 30}")))
                .containsExactly(
                        "test.yaml: categories[W].indicators[W2].thresholds.levels (line 37): no threshold for level 2; "
                                + "give every level from 1 to 3 the value that reaches it");
    }

    @Test
    void reportsMissingTranslation() {
        assertThat(problems(VALID.replace("name: {en: \"Sidewalks\", zh: \"人行道\"}", "name: {en: \"Sidewalks\"}")))
                .containsExactly("test.yaml: categories[W].indicators[W1].name.zh (line 24): "
                        + "the zh text is missing (every text needs: en, zh)");
    }

    @Test
    void acceptsAnyBcp47TagAndRequiresOnlyTheListedOnes() {
        String korean = VALID.replace("languages: [en, zh]", "languages: [en, zh, ko]");
        assertThat(problems(korean)).hasSize(19).allMatch(problem -> problem.contains("the ko text is missing"));
        String traditional = VALID.replace(
                "title: {en: \"Walk check\", zh: \"步行检查\"}",
                "title: {en: \"Walk check\", zh: \"步行检查\", zh-Hant: \"步行檢查\", mn: \"Алхалт\"}");
        assertThat(parse(traditional).definition().title().in("zh-Hant-TW")).isEqualTo("步行檢查");
    }

    @Test
    void reportsWeightsAtOrBelowZero() {
        assertThat(problems(VALID.replace("weight: 2", "weight: 0")))
                .containsExactly(
                        "test.yaml: categories[W].indicators[W2].weight (line 38): weight must be above 0 (it is 0)");
        assertThat(problems(VALID.replace("weight: 2", "weight: -1"))).hasSize(1);
    }

    @Test
    void reportsEveryProblemAtOnce() {
        String broken = VALID.replace("    weight: 2", "    wieght: 2")
                .replace("- code: W3", "- code: W1")
                .replace("3: {en: \"All streets\"", "4: {en: \"All streets\"")
                .replace("{1: 10, 2: 20, 3: 30}", "{1: 10, 2: 30, 3: 20}")
                .replace("name: {en: \"Sidewalks\", zh: \"人行道\"}", "name: {en: \"Sidewalks\"}");
        assertThat(problems(broken)).hasSize(5);
    }

    @Test
    void reportsThresholdsOnARatedIndicatorAndMissingOnesOnAMeasuredOne() {
        String rated = withoutLines(VALID, "kind: measured");
        assertThat(problems(rated))
                .anyMatch(
                        problem -> problem.contains(
                                "categories[W].indicators[W2].thresholds (line 34): 'thresholds' is only for measured indicators"));
        String noThresholds = withoutLines(VALID, "thresholds:", "direction: higher-is-better", "levels: {1: 10");
        assertThat(problems(noThresholds))
                .anyMatch(problem -> problem.contains("a measured indicator needs thresholds"));
    }

    @Test
    void reportsBandsThatDoNotRiseAndAScaleWithoutLabels() {
        assertThat(problems(VALID.replace("{from: 50,", "{from: 0,")))
                .containsExactly(
                        "test.yaml: bands[1].from (line 18): bands must rise: 0 must be above 0 and at most 100");
        assertThat(problems(VALID.replace("    2: {en: \"Adopted\", zh: \"采纳\"}\n", "")))
                .containsExactly(
                        "test.yaml: scale.labels (line 9): level 2 has no label; give every level from 0 to 3 a label");
    }

    @Test
    void reportsBrokenYamlWithItsLine() {
        List<String> problems = problems(VALID.replace("  citation: \"Test\"", "  citation: \"Test"));
        assertThat(problems)
                .singleElement()
                .satisfies(problem ->
                        assertThat(problem).startsWith("test.yaml: (line ").contains("not valid YAML"));
    }

    @Test
    void reportsAnEmptyFileAndMissingRequiredKeys() {
        assertThat(problems("")).containsExactly("test.yaml: (line 1): the file is empty");
        assertThat(problems("id: x\n"))
                .contains(
                        "test.yaml: version (line 1): 'version' is required",
                        "test.yaml: categories (line 1): 'categories' is required and must list at least one entry");
    }

    @Test
    void refusesBadIdAndUnknownAggregation() {
        assertThat(problems(VALID.replace("id: walk-check", "id: Walk Check")))
                .containsExactly(
                        "test.yaml: id (line 1): id 'Walk Check' may hold only lower-case letters, digits and dashes, like my-scorecard");
        assertThat(problems(VALID.replace("bands:", "aggregation: average\nbands:")))
                .containsExactly(
                        "test.yaml: aggregation (line 16): aggregation 'average' is unknown; use weighted-mean or sum");
    }
}
