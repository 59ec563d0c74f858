package org.cityscore.scoring;

import java.math.BigDecimal;

/**
 * What was answered for one indicator: a level, a measured value, "not applicable", or nothing yet
 * (all empty: the indicator counts as missing).
 */
public record Answer(String indicatorCode, Integer level, BigDecimal value, boolean notApplicable) {

    public static Answer level(String indicatorCode, int level) {
        return new Answer(indicatorCode, level, null, false);
    }

    public static Answer value(String indicatorCode, BigDecimal value) {
        return new Answer(indicatorCode, null, value, false);
    }

    public static Answer value(String indicatorCode, String value) {
        return value(indicatorCode, new BigDecimal(value));
    }

    public static Answer notApplicable(String indicatorCode) {
        return new Answer(indicatorCode, null, null, true);
    }

    public boolean isEmpty() {
        return level == null && value == null && !notApplicable;
    }
}
