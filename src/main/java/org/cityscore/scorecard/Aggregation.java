package org.cityscore.scorecard;

import com.fasterxml.jackson.annotation.JsonValue;

/** How category and overall scores are formed from indicator scores. */
public enum Aggregation {
    /** Weighted mean of indicator percentages per category, then of categories. */
    WEIGHTED_MEAN("weighted-mean"),
    /** Sum of levels out of the sum of maxima (UNDRR: "X / 141"). */
    SUM("sum");

    private final String key;

    Aggregation(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }

    static Aggregation fromKey(String key) {
        return Keyed.find(values(), Aggregation::key, key);
    }
}
