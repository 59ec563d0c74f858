package org.cityscore.comparison;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonCsvTest {

    @Test
    void aCityNameThatLooksLikeAFormulaIsWrittenAsText() {
        Comparison comparison = new Comparison(
                List.of(new Comparison.AssessmentColumn(1, "=HYPERLINK(\"http://x\")", 2024, "1", 50.0, 50.0, "1 / 2", true, 1, 2, true),
                        new Comparison.AssessmentColumn(2, "=HYPERLINK(\"http://x\")", 2025, "1", 75.0, 75.0, "2 / 2", false, 2, 2, true)),
                List.of(new Comparison.CategoryRow("A", "+Alpha", "A", List.of(50.0, 75.0), 25.0)),
                List.of(new Comparison.IndicatorRow("A1", "@risk", "A", List.of(1, 2), List.of(50.0, 100.0), 1, true)),
                List.of());
        String csv = ComparisonCsv.write(comparison);
        assertThat(csv).contains("'=HYPERLINK").contains("'+Alpha").contains("'@risk").contains("25.00");
        assertThat(csv).doesNotContain(",=HYPERLINK");
    }

    @Test
    void aProvisionalAssessmentIsSaidInItsColumn() {
        Comparison comparison = new Comparison(
                List.of(new Comparison.AssessmentColumn(1, "Kaili", 2024, "1", 50.0, 50.0, "1 / 2", true, 1, 2, true),
                        new Comparison.AssessmentColumn(2, "Kaili", 2025, "1", 75.0, 75.0, "3 / 4", false, 2, 2, true)),
                List.of(), List.of(), List.of());
        List<String> lines = ComparisonCsv.write(comparison).lines().toList();
        assertThat(lines).contains("status,,,,provisional,complete,", "answered,,,,1 of 2,2 of 2,");
    }
}
