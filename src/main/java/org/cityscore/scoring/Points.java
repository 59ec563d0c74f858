package org.cityscore.scoring;

import java.math.BigDecimal;

/**
 * Levels added up: {@code scored} the sum of answered levels, {@code maximum} the sum of the maxima of all
 * applicable indicators. UNDRR states its overall result this way: "X / 141".
 */
public record Points(BigDecimal scored, BigDecimal maximum) {

    public static final Points ZERO = new Points(BigDecimal.ZERO, BigDecimal.ZERO);

    public Points {
        scored = plain(scored);
        maximum = plain(maximum);
    }

    Points plus(Points other) {
        return new Points(scored.add(other.scored), maximum.add(other.maximum));
    }

    /** "70 / 141". */
    public String label() {
        return scored.toPlainString() + " / " + maximum.toPlainString();
    }

    /** 141.0 becomes 141 and 2.50 becomes 2.5, never 1.41E+2. */
    private static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
