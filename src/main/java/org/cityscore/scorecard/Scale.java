package org.cityscore.scorecard;

import java.util.Map;
import java.util.stream.IntStream;

/** The integer levels an indicator is rated on, with a short label per level. */
public record Scale(int min, int max, Map<Integer, LocalizedText> labels) {

    public Scale {
        labels = Map.copyOf(labels);
    }

    public boolean contains(int level) {
        return level >= min && level <= max;
    }

    public IntStream levels() {
        return IntStream.rangeClosed(min, max);
    }

    public int span() {
        return max - min;
    }

    /** "0–3", as messages show it. */
    public String range() {
        return min + "–" + max;
    }
}
