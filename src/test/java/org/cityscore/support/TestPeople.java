package org.cityscore.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cityscore.city.CityService;
import org.cityscore.system.Role;
import org.cityscore.system.TrainerAccounts;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Cities and people for a test that shares its database with others: every name made unique, every person with
 * {@link #PASSWORD}. Make the cities as someone who may (an admin: {@code @WithMockUser(roles = "ADMIN")}).
 */
public record TestPeople(TrainerAccounts accounts, CityService cities) {

    public static final String PASSWORD = "a-long-password-1";

    /** A new city whose name starts with {@code name}, in no country. */
    public long city(String name) {
        return cities.create(new CityService.Draft(name + " " + UUID.randomUUID(), null, Map.of(), List.of()))
                .id();
    }

    /** A new person with this role in these cities; their username starts with the role's code. */
    public String person(Role role, Long... cityIds) {
        String username = role.code() + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "Name of " + username, role, List.of(cityIds), PASSWORD);
        return username;
    }

    /** Signs a MockMvc request in as this person with HTTP Basic. */
    public static RequestPostProcessor basic(String username) {
        return httpBasic(username, PASSWORD);
    }
}
