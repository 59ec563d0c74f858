package org.cityscore.assessment;

/** A request that is well-formed but cannot be done: a final assessment, an unknown indicator, a level off the scale. */
public class AssessmentRejectedException extends RuntimeException {

    private final String field;

    public AssessmentRejectedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
