package org.cityscore.report;

import java.time.Instant;
import java.util.List;

/**
 * What a comparison report shows, already in words and numbers: the report does not need to know how they were
 * computed. {@code overallPercents} has one overall score per column (null where there is none), for the trend chart.
 * {@code actionsHeading} and {@code actionsIntro} head the indicators with an action done between the first and the
 * last column ({@code actionsDone}); no heading, no such part (a comparison of several cities, or a city without
 * actions).
 */
public record ComparisonSheet(
        String title,
        List<String> notes,
        List<String> columns,
        List<String> axisLabels,
        List<List<Double>> seriesPercents,
        List<Double> overallPercents,
        List<Line> categories,
        List<Line> improved,
        List<Line> declined,
        List<Line> indicators,
        Instant generatedAt,
        String lang,
        String actionsHeading,
        String actionsIntro,
        List<Done> actionsDone) {

    /** An indicator with an action done: its code and title, the actions' titles, its change in words ("done, +2"). */
    public record Done(String indicator, List<String> actions, String outcome) {}

    /** A row: its label, one value per column, and the change from the first column to the last. */
    public record Line(String label, List<String> values, Change change) {}

    /** A change in percentage points or in levels; null amount: nothing to compare; not comparable: versions differ. */
    public record Change(Double amount, boolean inLevels, boolean comparable) {

        public static Change points(Double amount) {
            return new Change(amount, false, true);
        }

        public static Change levels(Integer amount) {
            return new Change(amount == null ? null : amount.doubleValue(), true, true);
        }

        public static Change notComparable() {
            return new Change(null, true, false);
        }
    }
}
