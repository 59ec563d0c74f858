package org.cityscore.assessment;

/** A request that is well-formed but cannot be done: a final assessment, an unknown indicator, a level off the scale. */
public class AssessmentRejectedException extends RuntimeException {

    private final String field;
    private final String key;
    private final java.util.List<String> args;

    public AssessmentRejectedException(String field, String message) {
        this(field, message, null, java.util.List.of());
    }

    /** With a message key and its arguments, so that pages can say it in the reader's language. */
    public AssessmentRejectedException(String field, String message, String key, java.util.List<String> args) {
        super(message);
        this.field = field;
        this.key = key;
        this.args = java.util.List.copyOf(args);
    }

    /** A text over its limit. */
    public AssessmentRejectedException(org.cityscore.system.TextLimit.TooLong tooLong) {
        this(tooLong.field(), tooLong.message(), tooLong.key(), tooLong.args());
    }

    public String key() {
        return key;
    }

    public java.util.List<String> args() {
        return args;
    }

    public String field() {
        return field;
    }
}
