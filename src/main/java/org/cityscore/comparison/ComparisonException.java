package org.cityscore.comparison;

import org.cityscore.system.ApiException;
import org.cityscore.text.Message;
import org.springframework.http.HttpStatus;

/**
 * A comparison that cannot be made as asked (422): too few assessments, different scorecards, a league table by
 * accident; or an assessment that does not exist (404).
 */
public class ComparisonException extends ApiException {

    public ComparisonException(Message message) {
        this(HttpStatus.UNPROCESSABLE_CONTENT, message);
    }

    ComparisonException(HttpStatus status, Message message) {
        super(status, "assessments", message);
    }
}
