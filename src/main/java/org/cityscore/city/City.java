package org.cityscore.city;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A city that assessments belong to: its name as shown, its country (null when not known), its name in some of the
 * supported languages ({@code "zh" → "凯里"}), and aliases, other spellings that lead to it.
 */
public record City(long id, String name, String country, Map<String, String> names, List<String> aliases) {

    public City {
        names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
        aliases = List.copyOf(aliases);
    }
}
