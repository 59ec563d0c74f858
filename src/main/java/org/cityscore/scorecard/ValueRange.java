package org.cityscore.scorecard;

import java.math.BigDecimal;

/** The plausible values of a measured indicator; anything outside is a typing mistake. */
public record ValueRange(BigDecimal min, BigDecimal max) {

    public boolean contains(BigDecimal value) {
        return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
    }

    public String describe() {
        return (min == null ? "…" : min.toPlainString()) + "–" + (max == null ? "…" : max.toPlainString());
    }
}
