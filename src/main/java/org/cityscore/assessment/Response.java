package org.cityscore.assessment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.Instant;

/** The stored response to one indicator, with the version a client must send back to change it. */
public record Response(
        String indicatorCode,
        Integer level,
        BigDecimal value,
        boolean notApplicable,
        String comment,
        String evidence,
        String action,
        String responsible,
        String timescale,
        int version,
        Instant updatedAt,
        String updatedBy) {

    static Response of(String indicatorCode, ResponseValue value, int version, Instant updatedAt, String updatedBy) {
        return new Response(
                indicatorCode,
                value.level(),
                value.value(),
                value.notApplicable(),
                value.comment(),
                value.evidence(),
                value.action(),
                value.responsible(),
                value.timescale(),
                version,
                updatedAt,
                updatedBy);
    }

    @JsonIgnore
    public ResponseValue content() {
        return new ResponseValue(level, value, notApplicable, comment, evidence, action, responsible, timescale);
    }

    public boolean isAnswered() {
        return level != null || value != null || notApplicable;
    }
}
