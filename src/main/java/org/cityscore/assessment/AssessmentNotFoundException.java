package org.cityscore.assessment;

import org.cityscore.system.ApiException;
import org.cityscore.text.Message;
import org.springframework.http.HttpStatus;

/** No assessment has this id (it may have been deleted): 404 on every page and API request. */
public class AssessmentNotFoundException extends ApiException {

    public AssessmentNotFoundException(long id) {
        super(HttpStatus.NOT_FOUND, "id", Message.of("assessment.notFound", id));
    }
}
