package org.cityscore.workshop;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The live view narrowed to one participant profile group, for example sector "academia", written
 * {@code sector:academia} in the page's {@code among} parameter. Anything else, or nothing, means everyone.
 */
record ProfileFilter(String dimension, String value) {

    /** The group named by {@code dimension:value} if both are known codes; null (everyone) otherwise. */
    static ProfileFilter parse(String among) {
        if (among == null) {
            return null;
        }
        int colon = among.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String dimension = among.substring(0, colon);
        String value = among.substring(colon + 1);
        List<String> values = ParticipantProfile.DIMENSIONS.get(dimension);
        return values != null && values.contains(value) ? new ProfileFilter(dimension, value) : null;
    }

    /** The participants in the group. */
    Set<Long> members(Map<Long, ParticipantProfile> profiles) {
        return profiles.entrySet().stream()
                .filter(entry -> value.equals(entry.getValue().value(dimension)))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    String among() {
        return dimension + ":" + value;
    }
}
