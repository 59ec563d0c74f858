package org.cityscore.assessment;

import com.fasterxml.jackson.annotation.JsonValue;

/** A draft can be edited; a final assessment is read-only. */
public enum AssessmentStatus {
    DRAFT("draft"),
    FINAL("final");

    private final String key;

    AssessmentStatus(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }

    static AssessmentStatus fromKey(String key) {
        return "final".equals(key) ? FINAL : DRAFT;
    }
}
