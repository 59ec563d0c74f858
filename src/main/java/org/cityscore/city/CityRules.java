package org.cityscore.city;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cityscore.system.TextLimit;
import org.cityscore.system.UserText;
import org.cityscore.text.Languages;
import org.cityscore.text.Message;

/** The bounds of a city, the same for every way in: its name is required, texts fit, names are in the five languages. */
final class CityRules {

    /** The most aliases a city has. */
    static final int MAX_ALIASES = 20;

    private CityRules() {}

    /** The draft cleaned and within its bounds; aliases that repeat the name or each other are dropped. */
    static City checked(long id, CityService.Draft draft) {
        String name = clean(draft.name());
        if (name == null) {
            throw CityException.rejected("name", Message.of("city.error.nameRequired"));
        }
        within("name", name, TextLimit.CITY);
        String country = clean(draft.country());
        within("country", country, TextLimit.COUNTRY);
        Map<String, String> names = new LinkedHashMap<>();
        if (draft.names() != null) {
            draft.names().forEach((lang, text) -> {
                String code = lang == null ? "" : lang.strip().toLowerCase(Locale.ROOT);
                if (!Languages.SUPPORTED.contains(code)) {
                    throw CityException.rejected(
                            "names", Message.of("city.error.language", lang, String.join(", ", Languages.SUPPORTED)));
                }
                String cleaned = clean(text);
                within("names." + code, cleaned, TextLimit.CITY);
                if (cleaned != null) {
                    names.put(code, cleaned);
                }
            });
        }
        Set<String> seen = new LinkedHashSet<>(List.of(CityNames.key(name)));
        names.values().forEach(text -> seen.add(CityNames.key(text)));
        List<String> aliases = new ArrayList<>();
        for (String alias : draft.aliases() == null ? List.<String>of() : draft.aliases()) {
            String cleaned = clean(alias);
            within("aliases", cleaned, TextLimit.CITY);
            if (cleaned != null && seen.add(CityNames.key(cleaned))) {
                aliases.add(cleaned);
            }
        }
        if (aliases.size() > MAX_ALIASES) {
            throw CityException.rejected(
                    "aliases", Message.of("city.error.tooManyAliases", MAX_ALIASES, aliases.size()));
        }
        return new City(id, name, country, names, aliases);
    }

    private static void within(String field, String text, TextLimit limit) {
        if (text != null && text.length() > limit.max()) {
            throw CityException.rejected(field, Message.of("text.tooLong", field, text.length(), limit.max()));
        }
    }

    private static String clean(String text) {
        String cleaned = UserText.clean(text);
        return cleaned == null || cleaned.isBlank() ? null : cleaned.strip();
    }
}
