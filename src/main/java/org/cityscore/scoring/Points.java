package org.cityscore.scoring;

import java.math.BigDecimal;

/**
 * Levels added up: {@code scored} the sum of answered levels, {@code maximum} the sum of the maxima of all
 * applicable indicators. UNDRR states its overall result this way: "X / 141".
 */
public record Points(BigDecimal scored, BigDecimal maximum) {

    public static final Points ZERO = new Points(BigDecimal.ZERO, BigDecimal.ZERO);

    Points plus(Points other) {
        return new Points(scored.add(other.scored), maximum.add(other.maximum));
    }

    /** "70 / 141". */
    public String label() {
        return plain(scored) + " / " + plain(maximum);
    }

    private static String plain(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }
}
