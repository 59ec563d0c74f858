package org.cityscore.text;

import java.util.Locale;

/**
 * The language an API request asks for: its {@code ?lang=} parameter when given, else its Accept-Language header,
 * else English. A controller takes it as a parameter and system's resolver makes it from the request, so every
 * API answer and download chooses its language the same way.
 *
 * @param asked the parameter or header as sent ("zh", "zh-CN,zh;q=0.9"), "en" when neither was
 */
public record ApiLanguage(String asked) {

    public ApiLanguage {
        asked = asked == null || asked.isBlank() ? "en" : asked.strip();
    }

    public static ApiLanguage of(String lang, String acceptLanguage) {
        return new ApiLanguage(lang != null && !lang.isBlank() ? lang : acceptLanguage);
    }

    /** The most wanted language tag ("zh-cn" of "zh-CN,zh;q=0.9"); "en" when none can be read. */
    public String tag() {
        try {
            return Locale.LanguageRange.parse(asked.replace('_', '-')).stream()
                    .map(Locale.LanguageRange::getRange)
                    .filter(range -> !range.contains("*"))
                    .findFirst()
                    .orElse("en");
        } catch (IllegalArgumentException malformed) {
            return "en";
        }
    }

    /** The supported language to resolve message bundles in ({@link Languages}). */
    public Locale locale() {
        return Languages.locale(tag());
    }
}
