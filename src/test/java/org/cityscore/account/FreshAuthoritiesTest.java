package org.cityscore.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cityscore.city.CityService;
import org.cityscore.support.CityscoreTest;
import org.cityscore.support.TestPeople;
import org.cityscore.system.Role;
import org.cityscore.system.TrainerAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a person may do follows their account as it is now: a city a trainer makes is theirs at once, and an admin's
 * change of role or a deactivation reaches a page session that signed in before it.
 */
@CityscoreTest
class FreshAuthoritiesTest {

    private static final String PASSWORD = TestPeople.PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    TrainerAccounts accounts;

    @Autowired
    CityService cities;

    private String person(Role role, Long... cityIds) {
        return new TestPeople(accounts, cities).person(role, cityIds);
    }

    @Test
    void aTrainerWhoTypesANewCityMakesItAndKeepsWorkingOnIt() throws Exception {
        String trainer = person(Role.TRAINER);
        String city = "Zunyi " + UUID.randomUUID().toString().substring(0, 6);
        String created = mvc.perform(post("/api/assessments")
                        .with(httpBasic(trainer, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scorecardId\":\"iclei-5rs\",\"city\":\"" + city + "\",\"year\":2026}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(get("/api/assessments/{id}", id).with(httpBasic(trainer, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.city").value(city));
        mvc.perform(get("/api/me").with(httpBasic(trainer, PASSWORD)))
                .andExpect(jsonPath("$.cities.length()").value(1));
        String otherTrainer = person(Role.TRAINER);
        mvc.perform(get("/api/assessments/{id}", id).with(httpBasic(otherTrainer, PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aDeactivatedPersonLosesTheirSessionAtTheNextPage() throws Exception {
        long kaili = cities.create(new CityService.Draft("Kaili " + UUID.randomUUID(), null, Map.of(), List.of()))
                .id();
        String editor = person(Role.EDITOR, kaili);
        MockHttpSession session =
                (MockHttpSession) mvc.perform(formLogin().user(editor).password(PASSWORD))
                        .andExpect(redirectedUrl("/"))
                        .andReturn()
                        .getRequest()
                        .getSession(false);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        accounts.update(editor, "Name of " + editor, Role.EDITOR, List.of(kaili), false);
        mvc.perform(get("/").session(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aViewerMadeEditorMayWriteWithoutSigningInAgain() throws Exception {
        long kaili = cities.create(new CityService.Draft("Kaili " + UUID.randomUUID(), null, Map.of(), List.of()))
                .id();
        String viewer = person(Role.VIEWER, kaili);
        MockHttpSession session =
                (MockHttpSession) mvc.perform(formLogin().user(viewer).password(PASSWORD))
                        .andReturn()
                        .getRequest()
                        .getSession(false);
        // the "New assessment" link is for those who may write
        mvc.perform(get("/").session(session))
                .andExpect(content().string(not(containsString("href=\"/assessments/new\""))));

        accounts.update(viewer, "Name of " + viewer, Role.EDITOR, List.of(kaili), true);
        mvc.perform(get("/").session(session)).andExpect(content().string(containsString("href=\"/assessments/new\"")));
    }
}
