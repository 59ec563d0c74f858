package org.cityscore.publication;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * How other cities scored on the same scorecard version: {@code cities} counted, and, only when there are at least
 * {@link Benchmarks#MIN_CITIES}, the median and quartiles overall and per category. Never a rank.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Benchmark(int cities, boolean shown, Distribution overall, List<CategoryDistribution> categories) {

    /** One category's distribution, over the cities that have a score in it. */
    record CategoryDistribution(String code, double median, double q1, double q3) {

        static CategoryDistribution of(String code, Distribution distribution) {
            return distribution == null
                    ? null
                    : new CategoryDistribution(code, distribution.median(), distribution.q1(), distribution.q3());
        }
    }

    static Benchmark hidden(int cities) {
        return new Benchmark(cities, false, null, null);
    }

    /** The category's distribution, or null when it has none; for the pages. */
    public CategoryDistribution category(String code) {
        return categories == null
                ? null
                : categories.stream()
                        .filter(category -> category.code().equals(code))
                        .findFirst()
                        .orElse(null);
    }
}
