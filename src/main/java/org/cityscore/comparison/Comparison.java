package org.cityscore.comparison;

import java.util.List;
import org.cityscore.assessment.Assessment;
import org.cityscore.scoring.AssessmentResult;

/**
 * Assessments of one scorecard side by side: overall, per category and per indicator, with the change from the
 * first to the last. Category and overall figures use comparable indicators only.
 */
public record Comparison(
        List<AssessmentColumn> assessments,
        List<CategoryRow> categories,
        List<IndicatorRow> indicators,
        List<String> notes) {

    /**
     * One compared assessment; {@code overall} is its percentage on comparable indicators, {@code overallAsAssessed}
     * its own score. {@code provisional} while an applicable indicator is unanswered ({@code answered} of
     * {@code applicable}); {@code points} is "X / M" for {@code sum} scorecards, kept for existing clients otherwise.
     */
    public record AssessmentColumn(
            long id,
            String city,
            int year,
            String scorecardVersion,
            Double overall,
            Double overallAsAssessed,
            String points,
            boolean provisional,
            int answered,
            int applicable,
            boolean hasPoints) {

        static AssessmentColumn of(Assessment assessment, Double overall, AssessmentResult asAssessed) {
            var done = asAssessed.completeness();
            return new AssessmentColumn(
                    assessment.id(),
                    assessment.city(),
                    assessment.year(),
                    assessment.scorecardVersion(),
                    overall,
                    asAssessed.overallPercent(),
                    asAssessed.points().label(),
                    asAssessed.isProvisional(),
                    done.answered(),
                    done.applicable(),
                    asAssessed.hasPoints());
        }
    }

    /** A category's percentages in each assessment and the change in percentage points (null when not computable). */
    public record CategoryRow(String code, String title, String chartLabel, List<Double> percents, Double delta) {}

    /** An indicator's levels and percentages in each assessment, the change in levels, and whether it can be compared. */
    public record IndicatorRow(
            String code,
            String title,
            String category,
            List<Integer> levels,
            List<Double> percents,
            Integer delta,
            boolean comparable) {}
}
