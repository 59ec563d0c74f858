package org.cityscore.comparison;

import java.util.List;

/**
 * Assessments of one scorecard side by side: overall, per category and per indicator, with the change from the
 * first to the last. Category and overall figures use comparable indicators only.
 */
public record Comparison(List<AssessmentColumn> assessments, List<CategoryRow> categories, List<IndicatorRow> indicators,
                         List<String> notes) {

    /** One compared assessment; {@code overall} is its percentage on comparable indicators. */
    public record AssessmentColumn(long id, String city, int year, String scorecardVersion, Double overall,
                                   Double overallAsAssessed, String points) {
    }

    /** A category's percentages in each assessment and the change in percentage points (null when not computable). */
    public record CategoryRow(String code, String title, String chartLabel, List<Double> percents, Double delta) {
    }

    /** An indicator's levels and percentages in each assessment, the change in levels, and whether it can be compared. */
    public record IndicatorRow(String code, String title, String category, List<Integer> levels, List<Double> percents,
                               Integer delta, boolean comparable) {
    }
}
