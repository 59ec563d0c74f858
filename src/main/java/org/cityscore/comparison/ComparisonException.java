package org.cityscore.comparison;

/** A comparison that cannot be made as asked: too few assessments, different scorecards, a league table by accident. */
public class ComparisonException extends RuntimeException {

    public ComparisonException(String message) {
        super(message);
    }
}
