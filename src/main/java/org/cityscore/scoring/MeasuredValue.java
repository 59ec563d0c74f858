package org.cityscore.scoring;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The numbers a measured value may be: what the database keeps exactly (numeric(30, 10)), so a value is stored as
 * given or refused, never rounded. Checked before anything formats the number: the plain form of 1e999999999
 * would take gigabytes.
 */
public final class MeasuredValue {

    public static final int INTEGER_DIGITS = 20;
    public static final int DECIMALS = 10;

    private MeasuredValue() {}

    /** What is wrong with a value; null when it can be stored exactly. */
    static AnswerProblem problem(String code, BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        // long: a scale near Integer.MIN_VALUE (1e2147483647) would overflow an int and pass
        if ((long) stripped.precision() - stripped.scale() > INTEGER_DIGITS) {
            return AnswerProblem.of(code, "answer.valueTooLarge", shortForm(value), code, INTEGER_DIGITS);
        }
        if ((long) stripped.scale() > DECIMALS) {
            return AnswerProblem.of(code, "answer.valueTooPrecise", shortForm(value), code, DECIMALS);
        }
        return null;
    }

    /** The number in a few characters whatever its size: plain when short, else rounded in scientific notation. */
    public static String shortForm(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        boolean plainIsShort = stripped.precision() <= 30 && Math.abs((long) stripped.scale()) <= 30;
        return plainIsShort
                ? stripped.toPlainString()
                : value.round(new MathContext(12)).toString();
    }
}
