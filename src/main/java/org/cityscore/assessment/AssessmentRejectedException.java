package org.cityscore.assessment;

import org.cityscore.system.ApiException;
import org.cityscore.system.TextLimit;
import org.springframework.http.HttpStatus;

import java.util.List;

/** A request that is well-formed but cannot be done (422): a final assessment, an unknown indicator, a level off the scale. */
public class AssessmentRejectedException extends ApiException {

    public AssessmentRejectedException(String field, String message) {
        this(field, message, null, List.of());
    }

    /** With a message key and its arguments, so that pages can say it in the reader's language. */
    public AssessmentRejectedException(String field, String message, String key, List<String> args) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, field, message, key, args);
    }

    /** A text over its limit. */
    public AssessmentRejectedException(TextLimit.TooLong tooLong) {
        this(tooLong.field(), tooLong.message(), tooLong.key(), tooLong.args());
    }
}
