package org.cityscore.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;
import java.util.stream.Collectors;
import org.cityscore.scorecard.Category;

/**
 * The geometry of a radar chart of category percentages, for a server-rendered SVG: one axis per category,
 * rings at 25 %, 50 %, 75 % and 100 %, and the outline of the scores. A category without a score sits at the
 * centre and is labelled "–".
 */
public record RadarChart(double width, double height, List<Axis> axes, List<String> rings, String outline) {

    static final double CENTRE_X = 320;
    static final double CENTRE_Y = 210;
    static final double RADIUS = 150;

    /** One spoke: end of the axis, the score's point, and where its label goes. */
    public record Axis(
            String code,
            String label,
            String score,
            double endX,
            double endY,
            double pointX,
            double pointY,
            double labelX,
            double labelY,
            String anchor,
            boolean scored) {}

    /** A category to plot: its code, its label and its percentage (null: no score). */
    public record Entry(String code, String label, Double percent) {}

    /** The outline of another series of percentages on the same axes, for charts that overlay several. */
    public String outlineOf(List<Double> percents) {
        List<String> points = new ArrayList<>();
        int n = percents.size();
        for (int i = 0; i < n; i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
            double fraction = percents.get(i) == null ? 0 : percents.get(i) / 100.0;
            points.add(format(CENTRE_X + RADIUS * fraction * Math.cos(angle)) + ","
                    + format(CENTRE_Y + RADIUS * fraction * Math.sin(angle)));
        }
        return String.join(" ", points);
    }

    /** The chart of an assessment's category scores, labelled in the language {@code lang}. */
    public static RadarChart of(ScoredAssessment scored, String lang) {
        List<Category> categories = scored.definition().categories();
        return of(categories.stream()
                .map(category -> new Entry(
                        category.code(),
                        category.chartLabel(lang, categories.size()),
                        scored.result().category(category.code()).orElseThrow().percent()))
                .toList());
    }

    public static RadarChart of(List<Entry> entries) {
        int n = entries.size();
        List<Axis> axes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Entry entry = entries.get(i);
            double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            double fraction = entry.percent() == null ? 0 : entry.percent() / 100.0;
            String anchor = Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
            axes.add(new Axis(
                    entry.code(),
                    entry.label(),
                    entry.percent() == null ? "–" : Math.round(entry.percent()) + " %",
                    round(CENTRE_X + RADIUS * cos),
                    round(CENTRE_Y + RADIUS * sin),
                    round(CENTRE_X + RADIUS * fraction * cos),
                    round(CENTRE_Y + RADIUS * fraction * sin),
                    round(CENTRE_X + (RADIUS + 16) * cos),
                    round(CENTRE_Y + (RADIUS + 16) * sin + (sin > 0.2 ? 12 : sin < -0.2 ? -4 : 4)),
                    anchor,
                    entry.percent() != null));
        }
        List<String> rings = new ArrayList<>();
        for (double ring : new double[] {0.25, 0.5, 0.75, 1.0}) {
            rings.add(polygon(n, i -> ring));
        }
        String outline = axes.stream()
                .map(axis -> format(axis.pointX()) + "," + format(axis.pointY()))
                .collect(Collectors.joining(" "));
        return new RadarChart(2 * CENTRE_X, 2 * CENTRE_Y, axes, rings, outline);
    }

    public double centreX() {
        return CENTRE_X;
    }

    public double centreY() {
        return CENTRE_Y;
    }

    private static String polygon(int n, IntToDoubleFunction fraction) {
        List<String> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
            points.add(format(CENTRE_X + RADIUS * fraction.applyAsDouble(i) * Math.cos(angle)) + ","
                    + format(CENTRE_Y + RADIUS * fraction.applyAsDouble(i) * Math.sin(angle)));
        }
        return String.join(" ", points);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
