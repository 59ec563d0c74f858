package org.cityscore.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One entry of an assessment's own history: finalized (by a trainer alone), submitted for review, returned (with
 * the reviewer's summary as the reason), approved, reopened (with the reason) or corrected (one field, with the old
 * and the new text). Who and when, always.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssessmentChange(
        Instant changedAt,
        String changedBy,
        String action,
        String field,
        String oldValue,
        String newValue,
        String reason) {

    public static final String FINALIZED = "finalized";
    public static final String REOPENED = "reopened";
    public static final String CORRECTED = "corrected";
    public static final String SUBMITTED = "submitted";
    public static final String RETURNED = "returned";
    public static final String APPROVED = "approved";
}
