package org.cityscore.scoring;

import java.math.BigDecimal;

/**
 * One indicator's outcome. {@code level} is the chosen level, or for a measured value the level its thresholds
 * give; {@code percent} is {@code (level − min) / (max − min) × 100}, null unless answered.
 */
public record IndicatorResult(
        String code,
        String categoryCode,
        AnswerStatus status,
        Integer level,
        BigDecimal value,
        Double percent,
        double weight) {

    public boolean isAnswered() {
        return status == AnswerStatus.ANSWERED;
    }
}
