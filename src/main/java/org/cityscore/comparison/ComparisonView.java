package org.cityscore.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.cityscore.assessment.RadarChart;

/** What the compare page draws: one radar outline per assessment, the overall trend, and the biggest changes. */
record ComparisonView(
        Comparison comparison,
        RadarChart radar,
        List<Series> series,
        String trend,
        List<TrendPoint> trendPoints,
        List<Comparison.IndicatorRow> improved,
        List<Comparison.IndicatorRow> declined) {

    /** One assessment's outline on the radar. */
    record Series(int index, String name, String outline) {}

    /** One point of the overall trend: x, y in the SVG, and its label. */
    record TrendPoint(double x, double y, String label) {}

    static ComparisonView of(Comparison comparison) {
        List<RadarChart.Entry> axes = comparison.categories().stream()
                .map(row -> new RadarChart.Entry(
                        row.code(), row.chartLabel(), row.percents().get(0)))
                .toList();
        RadarChart radar = RadarChart.of(axes);
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < comparison.assessments().size(); i++) {
            int column = i;
            var assessment = comparison.assessments().get(i);
            series.add(new Series(
                    i,
                    assessment.city() + " " + assessment.year(),
                    radar.outlineOf(comparison.categories().stream()
                            .map(row -> row.percents().get(column))
                            .toList())));
        }
        List<TrendPoint> points = trend(comparison);
        String line = String.join(
                " ",
                points.stream().map(p -> format(p.x()) + "," + format(p.y())).toList());
        Comparator<Comparison.IndicatorRow> byDelta = Comparator.comparingInt(Comparison.IndicatorRow::delta);
        List<Comparison.IndicatorRow> changed = comparison.indicators().stream()
                .filter(row -> row.comparable() && row.delta() != null)
                .toList();
        return new ComparisonView(
                comparison,
                radar,
                series,
                line,
                points,
                changed.stream()
                        .filter(row -> row.delta() > 0)
                        .sorted(byDelta.reversed())
                        .limit(5)
                        .toList(),
                changed.stream()
                        .filter(row -> row.delta() < 0)
                        .sorted(byDelta)
                        .limit(5)
                        .toList());
    }

    /** Overall percentage by year, on a 600 × 220 drawing with 40 px margins; empty for one point or a city-to-city view. */
    private static List<TrendPoint> trend(Comparison comparison) {
        var columns = comparison.assessments();
        if (columns.size() < 2
                || columns.stream()
                                .map(Comparison.AssessmentColumn::city)
                                .distinct()
                                .count()
                        > 1) {
            return List.of();
        }
        int first = columns.get(0).year();
        int last = columns.get(columns.size() - 1).year();
        List<TrendPoint> points = new ArrayList<>();
        for (var column : columns) {
            if (column.overall() == null) {
                continue;
            }
            double x = last == first ? 300 : 40 + 520.0 * (column.year() - first) / (last - first);
            double y = 190 - 150 * column.overall() / 100;
            points.add(new TrendPoint(
                    Math.round(x * 10) / 10.0,
                    Math.round(y * 10) / 10.0,
                    column.year() + ": " + String.format(Locale.ROOT, "%.1f %%", column.overall())));
        }
        return points;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
