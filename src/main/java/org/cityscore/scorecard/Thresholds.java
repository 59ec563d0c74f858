package org.cityscore.scorecard;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Turns a measured value into a level: each level above the scale's minimum is reached at its value. */
public record Thresholds(Direction direction, SortedMap<Integer, BigDecimal> levels) {

    /** Whether larger values are better (modal share) or smaller ones (road deaths). */
    public enum Direction {
        HIGHER_IS_BETTER("higher-is-better"),
        LOWER_IS_BETTER("lower-is-better");

        private final String key;

        Direction(String key) {
            this.key = key;
        }

        @JsonValue
        public String key() {
            return key;
        }

        static Direction fromKey(String key) {
            return Keyed.find(values(), Direction::key, key);
        }
    }

    public Thresholds {
        levels = Collections.unmodifiableSortedMap(new TreeMap<>(levels));
    }

    /** The highest level whose threshold the value reaches (a value exactly on a threshold reaches it). */
    public int levelFor(BigDecimal value, int scaleMin) {
        int reached = scaleMin;
        for (Map.Entry<Integer, BigDecimal> threshold : levels.entrySet()) {
            int comparison = value.compareTo(threshold.getValue());
            boolean reaches = direction == Direction.HIGHER_IS_BETTER ? comparison >= 0 : comparison <= 0;
            if (reaches) {
                reached = Math.max(reached, threshold.getKey());
            }
        }
        return reached;
    }
}
