package org.cityscore.scoring;

/** Whether an indicator counts in the score: answered, not applicable (out of score and maximum), or missing. */
public enum AnswerStatus {
    ANSWERED,
    NOT_APPLICABLE,
    MISSING
}
