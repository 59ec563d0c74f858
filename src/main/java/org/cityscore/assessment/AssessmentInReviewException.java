package org.cityscore.assessment;

import org.cityscore.system.ApiException;
import org.cityscore.text.Message;
import org.springframework.http.HttpStatus;

/** The assessment is in review: its answers and details are read-only until the reviewer returns or approves it (409). */
public class AssessmentInReviewException extends ApiException {

    public AssessmentInReviewException(long id) {
        super(HttpStatus.CONFLICT, "status", Message.of("assessment.inReview.refused", id));
    }
}
