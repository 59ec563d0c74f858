package org.cityscore.scoring;

/** An answer that cannot be scored, with the indicator it is for and what to do about it. */
public record AnswerProblem(String indicatorCode, String message) {
}
