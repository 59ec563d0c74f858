package org.cityscore.city;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one rule by which a typed city name finds its city: "ＫＡＩＬＩ", " kaili " and "Kaili" are the same name.
 * NFKC folds full-width and compatibility forms, upper- then lower-casing in {@link Locale#ROOT} folds case (also
 * "STRASSE" and "Straße"), and surrounding and repeated spaces of any kind do not count.
 */
public final class CityNames {

    /** The longest key stored (the column's size); a longer one, from a name of rare expanding characters, is cut. */
    static final int KEY_MAX = 1000;

    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private CityNames() {}

    /** The name as matched; "" for null or blank. */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toUpperCase(Locale.ROOT)
                .toLowerCase(Locale.ROOT);
        String key = SPACES.matcher(folded).replaceAll(" ").strip();
        return key.length() > KEY_MAX ? key.substring(0, KEY_MAX) : key;
    }
}
