package org.cityscore.scoring;

/**
 * How many indicators are answered, not applicable and missing. A result with any applicable indicator unanswered
 * is provisional: its score may still change in either direction.
 */
public record Completeness(int answered, int notApplicable, int missing) {

    public static final Completeness NONE = new Completeness(0, 0, 0);

    public int total() {
        return answered + notApplicable + missing;
    }

    /** Indicators that count: answered or still missing, not those marked not applicable. */
    public int applicable() {
        return answered + missing;
    }

    public boolean isComplete() {
        return missing == 0;
    }

    public boolean isProvisional() {
        return !isComplete();
    }

    /** Share of indicators that have an answer (N/A counts as an answer), 0–100. */
    public double percentDone() {
        return total() == 0 ? 100 : 100.0 * (answered + notApplicable) / total();
    }

    Completeness plus(Completeness other) {
        return new Completeness(
                answered + other.answered, notApplicable + other.notApplicable, missing + other.missing);
    }

    static Completeness of(AnswerStatus status) {
        return switch (status) {
            case ANSWERED -> new Completeness(1, 0, 0);
            case NOT_APPLICABLE -> new Completeness(0, 1, 0);
            case MISSING -> new Completeness(0, 0, 1);
        };
    }
}
