package org.cityscore.publication;

import java.util.List;

/**
 * Median and quartiles of some percentages, rounded to one decimal. Quartiles interpolate between the sorted values
 * (the usual spreadsheet {@code QUARTILE.INC} rule): with 1, 2, 3, 4, 5 they are 2, 3, 4.
 */
record Distribution(double median, double q1, double q3) {

    /** The distribution of the values; empty values have none (null). */
    static Distribution of(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        return new Distribution(at(sorted, 0.5), at(sorted, 0.25), at(sorted, 0.75));
    }

    private static double at(List<Double> sorted, double p) {
        double h = (sorted.size() - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.size() - 1);
        double value = sorted.get(below) + (h - below) * (sorted.get(above) - sorted.get(below));
        return Math.round(value * 10) / 10.0;
    }
}
