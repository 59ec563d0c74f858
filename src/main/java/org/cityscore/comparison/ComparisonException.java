package org.cityscore.comparison;

import org.cityscore.system.ApiException;
import org.springframework.http.HttpStatus;

/**
 * A comparison that cannot be made as asked (422): too few assessments, different scorecards, a league table by
 * accident; or an assessment that does not exist (404).
 */
public class ComparisonException extends ApiException {

    public ComparisonException(String message) {
        this(HttpStatus.UNPROCESSABLE_CONTENT, message);
    }

    ComparisonException(HttpStatus status, String message) {
        super(status, "assessments", message);
    }
}
