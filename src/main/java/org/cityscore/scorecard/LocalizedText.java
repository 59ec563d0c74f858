package org.cityscore.scorecard;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A text in several languages, keyed by BCP 47 tag ({@code en}, {@code zh}, {@code zh-Hant}, ...). */
public record LocalizedText(@JsonValue Map<String, String> texts) {

    public static final String FALLBACK_LANGUAGE = "en";

    public LocalizedText {
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    public static LocalizedText of(String language, String text) {
        return new LocalizedText(Map.of(language, text));
    }

    /** The text for the best match of a language tag, falling back to English, then to any text. */
    public String in(String languageTag) {
        return in(LanguageChoice.parse(languageTag));
    }

    public String in(List<Locale.LanguageRange> preferences) {
        String tag = LanguageChoice.bestTag(preferences, texts.keySet());
        if (tag != null) {
            return texts.get(tag);
        }
        if (texts.containsKey(FALLBACK_LANGUAGE)) {
            return texts.get(FALLBACK_LANGUAGE);
        }
        return texts.values().stream().findFirst().orElse("");
    }

    public boolean has(String languageTag) {
        String text = texts.get(languageTag);
        return text != null && !text.isBlank();
    }
}
