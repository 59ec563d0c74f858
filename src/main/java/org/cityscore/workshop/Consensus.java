package org.cityscore.workshop;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How participants answered one indicator: the count per level, the median, the spread (highest minus lowest
 * level) and whether they disagree (spread of two levels or more). Pure arithmetic, no I/O.
 */
public record Consensus(Map<Integer, Integer> counts, int notApplicable, Double median, Integer spread) {

    public static final int DISAGREEMENT = 2;

    public static Consensus of(List<Integer> levels, int notApplicable, int scaleMin, int scaleMax) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (int level = scaleMin; level <= scaleMax; level++) {
            counts.put(level, 0);
        }
        levels.forEach(level -> counts.merge(level, 1, Integer::sum));
        if (levels.isEmpty()) {
            return new Consensus(counts, notApplicable, null, null);
        }
        List<Integer> sorted = new ArrayList<>(levels);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return new Consensus(counts, notApplicable, median, sorted.get(n - 1) - sorted.get(0));
    }

    public int answers() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean disagree() {
        return spread != null && spread >= DISAGREEMENT;
    }

    /** The level proposed to the trainer: the median, or with an even count the lower of the two middle levels. */
    public Integer proposal() {
        return median == null ? null : (int) Math.floor(median);
    }
}
