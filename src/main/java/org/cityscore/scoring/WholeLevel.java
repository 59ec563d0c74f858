package org.cityscore.scoring;

import java.math.BigDecimal;
import org.cityscore.text.Message;

/** A level as it arrives (JSON, a form, a cell): a whole number, or refused; 2.9 is never cut to 2. */
public final class WholeLevel {

    private WholeLevel() {}

    /** A level that is not a whole number, or one far beyond any scale. */
    public static final class NotWhole extends RuntimeException {

        private final transient Message text;

        NotWhole(BigDecimal level) {
            super("not a whole level: " + MeasuredValue.shortForm(level));
            this.text = Message.of("answer.levelNotWhole", MeasuredValue.shortForm(level));
        }

        /** What to tell the reader. */
        public Message text() {
            return text;
        }
    }

    /** The level as a whole number; null when none was given. */
    public static Integer of(BigDecimal level) {
        if (level == null) {
            return null;
        }
        if ((long) level.precision() - level.scale() > 10) {
            throw new NotWhole(level); // far beyond any scale; decided before any arithmetic on a huge exponent
        }
        try {
            return level.intValueExact();
        } catch (ArithmeticException e) {
            throw new NotWhole(level);
        }
    }
}
