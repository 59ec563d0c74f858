package org.cityscore.assessment;

import java.math.BigDecimal;
import java.text.Normalizer;

/** A number as people type it: full-width digits (１２), spaces and a decimal comma (12,5) are accepted. */
public final class TypedNumber {

    // parsing a number of a million digits takes seconds; no measured value needs more than a few dozen
    private static final int LONGEST = 100;

    private TypedNumber() {}

    /** The number, or null when nothing was typed; throws {@link NumberFormatException} for anything else. */
    public static BigDecimal parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (typed.length() > LONGEST) {
            throw new NumberFormatException("A number of " + typed.length() + " characters is not one people type.");
        }
        String normalized = Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("\\s", "");
        if (normalized.contains(",") && !normalized.contains(".")) {
            normalized = normalized.replace(',', '.');
        }
        return new BigDecimal(normalized);
    }
}
