package org.cityscore.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.cityscore.text.BundleTexts;
import org.junit.jupiter.api.Test;

class ComparisonCsvTest {

    @Test
    void aCityNameThatLooksLikeAFormulaIsWrittenAsText() {
        Comparison comparison = new Comparison(
                List.of(
                        new Comparison.AssessmentColumn(
                                1, "=HYPERLINK(\"http://x\")", 1, 2024, "1", 50.0, 50.0, "1 / 2", true, 1, 2, true),
                        new Comparison.AssessmentColumn(
                                2, "=HYPERLINK(\"http://x\")", 1, 2025, "1", 75.0, 75.0, "2 / 2", false, 2, 2, true)),
                List.of(new Comparison.CategoryRow("A", "+Alpha", "A", List.of(50.0, 75.0), 25.0)),
                List.of(new Comparison.IndicatorRow(
                        "A1", "@risk", "A", List.of(1, 2), List.of(50.0, 100.0), 1, true, List.of())),
                List.of());
        String csv = ComparisonCsv.write(comparison, BundleTexts.MESSAGES, Locale.ENGLISH);
        assertThat(csv)
                .contains("'=HYPERLINK")
                .contains("'+Alpha")
                .contains("'@risk")
                .contains("25.00");
        assertThat(csv).doesNotContain(",=HYPERLINK");
    }

    @Test
    void aProvisionalAssessmentIsSaidInItsColumn() {
        Comparison comparison = new Comparison(
                List.of(
                        new Comparison.AssessmentColumn(
                                1, "Kaili", 1, 2024, "1", 50.0, 50.0, "1 / 2", true, 1, 2, true),
                        new Comparison.AssessmentColumn(
                                2, "Kaili", 1, 2025, "1", 75.0, 75.0, "3 / 4", false, 2, 2, true)),
                List.of(),
                List.of(),
                List.of());
        List<String> lines = ComparisonCsv.write(comparison, BundleTexts.MESSAGES, Locale.ENGLISH)
                .lines()
                .toList();
        assertThat(lines).contains("status,,,,provisional,complete,", "answered,,,,1 of 2,2 of 2,");
    }

    @Test
    void aChineseReaderGetsTheWordsInChineseAndTheFiguresUnchanged() {
        Comparison comparison = new Comparison(
                List.of(
                        new Comparison.AssessmentColumn(
                                1, "Kaili", 1, 2024, "1", 50.0, 50.0, "1 / 2", true, 1, 2, true),
                        new Comparison.AssessmentColumn(
                                2, "Kaili", 1, 2025, "1", 75.0, 75.0, "3 / 4", false, 2, 2, true)),
                List.of(new Comparison.CategoryRow("A", "交通", "A", List.of(50.0, 75.0), 25.0)),
                List.of(new Comparison.IndicatorRow(
                        "A1", "公交", "A", List.of(1, 2), List.of(50.0, 100.0), 1, false, List.of())),
                List.of());
        List<String> lines = ComparisonCsv.write(comparison, BundleTexts.MESSAGES, Locale.CHINESE)
                .lines()
                .toList();
        assertThat(lines)
                .contains(
                        "\uFEFF类型,代码,名称,可比较,Kaili 2024,Kaili 2025,变化",
                        "状态,,,,暂定,完整,",
                        "已回答,,,,2 项中已回答 1 项,2 项中已回答 2 项,",
                        "总分,,,是,50.00,75.00,25.00",
                        "类别,A,交通,是,50.00,75.00,25.00",
                        "指标,A1,公交,否,1,2,1");
    }
}
