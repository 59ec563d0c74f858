package org.cityscore.text;

import java.util.List;
import java.util.Locale;

/**
 * The languages Cityscore speaks, and the one rule that turns a {@code lang} parameter or a language tag ("zh",
 * "zh-CN", "ja_JP") into one of them. Anything else is English, the default and the API's language.
 */
public final class Languages {

    /** Every language with a message bundle, English first. */
    public static final List<String> SUPPORTED = List.of("en", "zh", "ja", "ko", "mn");

    private Languages() {}

    /** The supported language code a tag asks for, or "en". */
    public static String code(String tag) {
        if (tag == null || tag.isBlank()) {
            return "en";
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return SUPPORTED.contains(language) ? language : "en";
    }

    /** The locale of the supported language a tag asks for (English for anything else). */
    public static Locale locale(String tag) {
        return Locale.forLanguageTag(code(tag));
    }

    /** The supported language of a locale, or "en". */
    public static String code(Locale locale) {
        return locale == null ? "en" : code(locale.toLanguageTag());
    }
}
