package org.cityscore.assessment;

import org.cityscore.system.ApiException;
import org.cityscore.system.TextLimit;
import org.cityscore.text.Message;
import org.springframework.http.HttpStatus;

/** A request that is well-formed but cannot be done (422): a final assessment, an unknown indicator, a level off the scale. */
public class AssessmentRejectedException extends ApiException {

    public AssessmentRejectedException(String field, Message text) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, field, text);
    }

    public AssessmentRejectedException(String field, String code, Object... args) {
        this(field, Message.of(code, args));
    }

    /** A text over its limit. */
    public AssessmentRejectedException(TextLimit.TooLong tooLong) {
        this(tooLong.field(), tooLong.text());
    }
}
