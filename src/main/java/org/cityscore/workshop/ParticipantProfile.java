package org.cityscore.workshop;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who a participant is, all optional: gender, age band and sector, as codes. Results are shown per group of these
 * codes, and only for groups of {@link #SMALLEST_GROUP} participants or more, so that no one can be singled out.
 */
public record ParticipantProfile(String gender, String ageBand, String sector) {

    public static final ParticipantProfile NONE = new ParticipantProfile(null, null, null);

    public static final int SMALLEST_GROUP = 5;

    /** Each dimension, by its name in the API, with its codes in the order shown. */
    public static final Map<String, List<String>> DIMENSIONS = dimensions();

    private static Map<String, List<String>> dimensions() {
        Map<String, List<String>> dimensions = new LinkedHashMap<>();
        dimensions.put("gender", List.of("woman", "man", "another", "prefer-not-to-say"));
        dimensions.put("ageBand", List.of("under-30", "30-44", "45-59", "60-plus"));
        dimensions.put("sector", List.of("government", "civil-society", "academia", "private-sector", "community"));
        return Collections.unmodifiableMap(dimensions);
    }

    /** The code given for one dimension, or null. */
    public String value(String dimension) {
        return switch (dimension) {
            case "gender" -> gender;
            case "ageBand" -> ageBand;
            case "sector" -> sector;
            default -> throw new IllegalArgumentException(dimension);
        };
    }

    /** The same profile with blank values as null; a 422 naming the field for a code that is not allowed. */
    ParticipantProfile checked() {
        ParticipantProfile profile = new ParticipantProfile(blankless(gender), blankless(ageBand), blankless(sector));
        DIMENSIONS.forEach((dimension, allowed) -> {
            String value = profile.value(dimension);
            if (value != null && !allowed.contains(value)) {
                throw WorkshopException.invalid(
                        "profile." + dimension,
                        "workshop.profile.unknown",
                        dimension,
                        value,
                        String.join(", ", allowed));
            }
        });
        return profile;
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
