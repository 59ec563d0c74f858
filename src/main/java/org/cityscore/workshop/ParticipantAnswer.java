package org.cityscore.workshop;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;

/** One participant's own answer to one indicator, kept apart from the assessment's agreed responses. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParticipantAnswer(
        long participantId,
        String indicatorCode,
        Integer level,
        BigDecimal value,
        boolean notApplicable,
        String comment,
        String evidence,
        Instant updatedAt) {}
