package org.cityscore.assessment;

import com.fasterxml.jackson.annotation.JsonValue;

/** A draft can be edited; one in review waits for a reviewer's decision and a final one is read-only. */
public enum AssessmentStatus {
    DRAFT("draft"),
    IN_REVIEW("in_review"),
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
        for (AssessmentStatus status : values()) {
            if (status.key.equals(key)) {
                return status;
            }
        }
        return DRAFT;
    }
}
