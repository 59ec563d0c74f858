package org.cityscore.scorecard;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a participant picks a level (rated) or enters a value that thresholds turn into a level (measured). */
public enum IndicatorKind {
    RATED("rated"),
    MEASURED("measured");

    private final String key;

    IndicatorKind(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }

    static IndicatorKind fromKey(String key) {
        return Keyed.find(values(), IndicatorKind::key, key);
    }
}
