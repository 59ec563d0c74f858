package org.cityscore.scorecard;

import java.util.Collection;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

/** Chooses among the language tags a text offers, the way HTTP Accept-Language does (zh-CN finds zh). */
public final class LanguageChoice {

    private LanguageChoice() {}

    /** Parses "zh", "zh-CN" or a full Accept-Language header; blank or malformed input means English. */
    public static List<Locale.LanguageRange> parse(String tagOrHeader) {
        if (tagOrHeader == null || tagOrHeader.isBlank()) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(tagOrHeader.replace('_', '-'));
        } catch (IllegalArgumentException malformed) {
            return List.of();
        }
    }

    static String bestTag(List<Locale.LanguageRange> preferences, Collection<String> available) {
        if (preferences.isEmpty()) {
            return null;
        }
        String found = Locale.lookupTag(preferences, available);
        if (found != null) {
            return available.stream()
                    .filter(found::equalsIgnoreCase)
                    .findFirst()
                    .orElse(found);
        }
        // "zh" asked, only "zh-Hans" offered: lookup truncates the range, never the offered tag.
        for (Locale.LanguageRange range : preferences) {
            String language = Locale.forLanguageTag(range.getRange()).getLanguage();
            for (String tag : available) {
                if (!language.isEmpty()
                        && Locale.forLanguageTag(tag).getLanguage().equals(language)) {
                    return tag;
                }
            }
        }
        return null;
    }

    /** Whether a text is a well-formed BCP 47 language tag: {@code en}, {@code zh-Hant}. */
    public static boolean isLanguageTag(String tag) {
        try {
            new Locale.Builder().setLanguageTag(tag);
            return !tag.isBlank();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}
