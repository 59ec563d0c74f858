package org.cityscore.comparison;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
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

    /** Whether any indicator has an action of the city aimed at it (never in a comparison of several cities). */
    public boolean hasActions() {
        return indicators.stream().anyMatch(row -> !row.actions().isEmpty());
    }

    /**
     * One compared assessment; {@code overall} is its percentage on comparable indicators, {@code overallAsAssessed}
     * its own score. {@code provisional} while an applicable indicator is unanswered ({@code answered} of
     * {@code applicable}); {@code points} is "X / M" for {@code sum} scorecards, kept for existing clients otherwise.
     */
    public record AssessmentColumn(
            long id,
            String city,
            long cityId,
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
                    assessment.cityId(),
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

    /**
     * An indicator's levels and percentages in each assessment, the change in levels, whether it can be compared, and
     * the city's actions aimed at it ({@link ActionMark}; empty when the assessments are of several cities).
     */
    public record IndicatorRow(
            String code,
            String title,
            String category,
            List<Integer> levels,
            List<Double> percents,
            Integer delta,
            boolean comparable,
            List<ActionMark> actions) {

        /** Whether an action aimed at it was marked done between the first and the last assessment compared. */
        public boolean doneBetween() {
            return actions.stream().anyMatch(ActionMark::doneBetween);
        }
    }

    /**
     * An action of the city aimed at an indicator, as it is now: {@code doneAt} is when it was marked done (null
     * unless it is done). {@code doneBetween} (not in the JSON) says whether that was between the first and the last
     * assessment compared, as {@link ComparisonActions} defines it.
     */
    public record ActionMark(
            long id,
            String title,
            String status,
            Instant doneAt,
            @JsonIgnore boolean doneBetween) {}
}
