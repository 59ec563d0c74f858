package org.cityscore.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.cityscore.city.CityService;
import org.cityscore.support.CityscoreTest;
import org.cityscore.support.TestPeople;
import org.cityscore.system.ApiTokens;
import org.cityscore.system.Role;
import org.cityscore.system.TrainerAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The users API: who may manage whom, with which roles and cities, the exact answers, and password rules. */
@CityscoreTest
class PeopleApiTest {

    private static final String PASSWORD = TestPeople.PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    TrainerAccounts accounts;

    @Autowired
    CityService cities;

    @Autowired
    ApiTokens tokens;

    private long city(String name) {
        return new TestPeople(accounts, cities).city(name);
    }

    private String person(Role role, Long... cityIds) {
        return new TestPeople(accounts, cities).person(role, cityIds);
    }

    private static RequestPostProcessor as(String username) {
        return httpBasic(username, PASSWORD);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void everyRoleReadsWhoTheyAreWithTheirCities() throws Exception {
        long kaili = city("Kaili");
        for (Role role : Role.values()) {
            String username = person(role, kaili);
            mvc.perform(get("/api/me").with(as(username)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.*", hasSize(4)))
                    .andExpect(jsonPath("$.username").value(username))
                    .andExpect(jsonPath("$.displayName").value("Name of " + username))
                    .andExpect(jsonPath("$.role").value(role.code()))
                    .andExpect(jsonPath("$.cities", hasSize(1)))
                    .andExpect(jsonPath("$.cities[0]").value(kaili));
        }
    }

    @Test
    void anAdminCreatesATrainerWithCities() throws Exception {
        String admin = person(Role.ADMIN);
        long one = city("Kaili");
        long two = city("Lijiang");
        String username = "trainer-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(json(post("/api/users"), """
                        {"username":"%s","displayName":"Li Wei","role":"trainer","cities":[%d,%d],"password":"%s"}""".formatted(username, one, two, PASSWORD))
                        .with(as(admin)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.*", hasSize(5)))
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.displayName").value("Li Wei"))
                .andExpect(jsonPath("$.role").value("trainer"))
                .andExpect(jsonPath("$.cities", hasSize(2)))
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.invitation").doesNotExist());
        mvc.perform(get("/api/me").with(as(username)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("trainer"));
        mvc.perform(get("/api/users").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username", hasItem(username)));
    }

    @Test
    void aTrainerInvitesEditorsAndViewersToTheirOwnCitiesOnly() throws Exception {
        long own = city("Kaili");
        long other = city("Lijiang");
        String trainer = person(Role.TRAINER, own);
        String editor = "editor-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(json(post("/api/users"), """
                        {"username":"%s","displayName":"Wang Fang","role":"editor","cities":[%d]}""".formatted(editor, own)).with(as(trainer)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.*", hasSize(6)))
                .andExpect(jsonPath("$.role").value("editor"))
                .andExpect(jsonPath("$.cities[0]").value(own))
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.invitation", containsString("/invitations/")));
        mvc.perform(json(post("/api/users"), """
                        {"username":"elsewhere-%s","role":"viewer","cities":[%d]}""".formatted(
                                        UUID.randomUUID().toString().substring(0, 8), other))
                        .with(as(trainer)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].field").value("cities"));
        mvc.perform(json(post("/api/users"), """
                        {"username":"boss-%s","role":"admin","cities":[%d]}""".formatted(
                                        UUID.randomUUID().toString().substring(0, 8), own))
                        .with(as(trainer)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].field").value("role"));
        // a person with no city in common is unknown to the trainer; an admin is beyond them
        String stranger = person(Role.EDITOR, other);
        mvc.perform(json(patch("/api/users/{u}", stranger), "{\"active\":false}")
                        .with(as(trainer)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/users").with(as(trainer)))
                .andExpect(jsonPath("$[*].username", hasItem(editor)))
                .andExpect(jsonPath("$[*].username", not(hasItem(stranger))));
    }

    @Test
    void aTrainerChangesOnlyTheirOwnCitiesOfAPerson() throws Exception {
        long own = city("Kaili");
        long other = city("Lijiang");
        long third = city("Dali");
        String trainer = person(Role.TRAINER, own, third);
        String viewer = person(Role.VIEWER, own, other);
        mvc.perform(json(patch("/api/users/{u}", viewer), "{\"role\":\"editor\",\"cities\":[%d]}".formatted(third))
                        .with(as(trainer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.*", hasSize(5)))
                .andExpect(jsonPath("$.role").value("editor"))
                .andExpect(jsonPath("$.cities", hasSize(2)))
                .andExpect(jsonPath("$.cities", hasItem((int) other)))
                .andExpect(jsonPath("$.cities", hasItem((int) third)));
        mvc.perform(json(patch("/api/users/{u}", viewer), "{\"role\":\"trainer\"}")
                        .with(as(trainer)))
                .andExpect(status().isForbidden());
    }

    @Test
    void editorsAndViewersMayNotManagePeople() throws Exception {
        long kaili = city("Kaili");
        for (Role role : List.of(Role.EDITOR, Role.VIEWER)) {
            String username = person(role, kaili);
            mvc.perform(get("/api/users").with(as(username))).andExpect(status().isForbidden());
            mvc.perform(json(
                                    post("/api/users"),
                                    "{\"username\":\"someone\",\"role\":\"viewer\",\"cities\":[%d]}".formatted(kaili))
                            .with(as(username)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void refusesBadPasswordsUsernamesRolesAndCities() throws Exception {
        String admin = person(Role.ADMIN);
        String fresh = "fresh-" + UUID.randomUUID().toString().substring(0, 8);
        String[][] cases = {
            {"{\"username\":\"" + fresh + "\",\"role\":\"viewer\",\"password\":\"short\"}", "password"},
            {"{\"username\":\"" + fresh + "-long\",\"role\":\"viewer\",\"password\":\"" + fresh + "-long\"}", "password"
            },
            {"{\"username\":\"ab\",\"role\":\"viewer\"}", "username"},
            {"{\"username\":\"li wei\",\"role\":\"viewer\"}", "username"},
            {"{\"username\":\"" + fresh + "\",\"role\":\"boss\"}", "role"},
            {"{\"username\":\"" + fresh + "\",\"role\":\"viewer\",\"cities\":[987654321]}", "cities"},
            {
                "{\"username\":\"" + fresh + "\",\"role\":\"viewer\",\"displayName\":\"" + "x".repeat(201) + "\"}",
                "displayName"
            },
        };
        for (String[] bad : cases) {
            mvc.perform(json(post("/api/users"), bad[0]).with(as(admin)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value(bad[1]))
                    .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        }
        mvc.perform(json(put("/api/me/password"), "{\"current\":\"%s\",\"password\":\"short\"}".formatted(PASSWORD))
                        .with(as(admin)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
        mvc.perform(json(
                                put("/api/me/password"),
                                "{\"current\":\"wrong-password-9\",\"password\":\"another-long-one\"}")
                        .with(as(admin)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("current"));
        mvc.perform(json(
                                put("/api/me/password"),
                                "{\"current\":\"%s\",\"password\":\"another-long-one\"}".formatted(PASSWORD))
                        .with(as(admin)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/me").with(httpBasic(admin, "another-long-one"))).andExpect(status().isOk());
        mvc.perform(get("/api/me").with(as(admin))).andExpect(status().isUnauthorized());
    }

    @Test
    void aDeactivatedPersonIsRefusedAndTheirTokensStop() throws Exception {
        String admin = person(Role.ADMIN);
        long kaili = city("Kaili");
        String editor = person(Role.EDITOR, kaili);
        String token = tokens.create(editor, "script").token();
        mvc.perform(get("/api/me").with(as(editor))).andExpect(status().isOk());
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("editor"));

        mvc.perform(json(patch("/api/users/{u}", editor), "{\"active\":false}").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
        mvc.perform(get("/api/me").with(as(editor))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        // an admin cannot lock themselves out
        mvc.perform(json(patch("/api/users/{u}", admin), "{\"active\":false}").with(as(admin)))
                .andExpect(status().isConflict());
    }

    @Test
    void aRoleChangeAppliesToTheNextRequestOfAToken() throws Exception {
        String admin = person(Role.ADMIN);
        String viewer = person(Role.VIEWER);
        String token = tokens.create(viewer, "script").token();
        mvc.perform(get("/api/me").with(as(viewer)))
                .andExpect(jsonPath("$.role").value("viewer"));
        mvc.perform(json(patch("/api/users/{u}", viewer), "{\"role\":\"trainer\"}")
                        .with(as(admin)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.role").value("trainer"));
        mvc.perform(get("/api/me").with(as(viewer)))
                .andExpect(jsonPath("$.role").value("trainer"));
    }

    @Test
    void whoWorkedInAMergedCityWorksInTheRemainingOne() throws Exception {
        long merged = city("Kaili Shi");
        long remaining = city("Kaili");
        String editor = person(Role.EDITOR, merged);
        cities.merge(merged, remaining);
        mvc.perform(get("/api/me").with(as(editor)))
                .andExpect(jsonPath("$.cities", hasSize(1)))
                .andExpect(jsonPath("$.cities[0]").value(remaining));
    }
}
