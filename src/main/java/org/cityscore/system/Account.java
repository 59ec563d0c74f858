package org.cityscore.system;

import java.util.List;

/** A person who signs in with a password: their role, the cities they work in, and whether they still may. */
public record Account(
        String username,
        String displayName,
        String organisation,
        Role role,
        boolean active,
        boolean hasPassword,
        List<Long> cities) {

    public Account {
        cities = List.copyOf(cities);
    }

    public boolean worksIn(long cityId) {
        return cities.contains(cityId);
    }
}
