package org.cityscore.system;

import java.util.Locale;
import java.util.Optional;

/**
 * What a signed-in person may do: an admin everything, a trainer, an editor and a viewer only in their cities. Spring
 * Security sees it as the authority {@code ROLE_ADMIN} and so on, beside one {@code CITY_<id>} per city.
 */
public enum Role {
    ADMIN,
    TRAINER,
    EDITOR,
    VIEWER;

    /** The prefix of the authority naming each city a person works in, such as {@code CITY_12}. */
    public static final String CITY_AUTHORITY = "CITY_";

    /** As stored and as the API writes it: "admin", "trainer", "editor", "viewer". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role of this code, in any case; empty for anything else. */
    public static Optional<Role> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Role role : values()) {
            if (role.code().equalsIgnoreCase(code.strip())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** Whether a trainer may invite and manage people of this role: editors and viewers. */
    public boolean invitableByTrainer() {
        return this == EDITOR || this == VIEWER;
    }
}
