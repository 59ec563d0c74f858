package org.cityscore.report;

import java.time.Instant;
import java.util.List;

/** What a comparison report shows, already in words and numbers: the report does not need to know how they were computed. */
public record ComparisonSheet(String title, List<String> notes, List<String> columns, List<String> axisLabels,
                              List<List<Double>> seriesPercents, List<Line> categories, List<String> improved,
                              List<String> declined, List<Line> indicators, Instant generatedAt, String lang) {

    /** A row: its label, one value per column, and the change. */
    public record Line(String label, List<String> values, String delta) {
    }
}
