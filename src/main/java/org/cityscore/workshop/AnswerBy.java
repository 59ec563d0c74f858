package org.cityscore.workshop;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One participant's answer to one indicator with who gave it: what the trainer asks about ("why 3?"). A participant
 * who chose to stay anonymous has no name here ({@code anonymous} is true), only their bureau.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnswerBy(
        long workshopId,
        long participantId,
        String name,
        boolean anonymous,
        String department,
        String indicatorCode,
        Integer level,
        BigDecimal value,
        boolean notApplicable,
        String comment,
        String evidence,
        Instant updatedAt) {}
