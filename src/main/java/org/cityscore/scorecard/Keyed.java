package org.cityscore.scorecard;

import java.util.Arrays;
import java.util.function.Function;

/** Finds the constant of an enum whose YAML key is given ("weighted-mean", "higher-is-better"). */
final class Keyed {

    private Keyed() {}

    static <E extends Enum<E>> E find(E[] constants, Function<E, String> key, String wanted) {
        return Arrays.stream(constants)
                .filter(constant -> key.apply(constant).equals(wanted))
                .findFirst()
                .orElse(null);
    }
}
