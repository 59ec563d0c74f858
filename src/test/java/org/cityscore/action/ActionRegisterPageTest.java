package org.cityscore.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.cityscore.city.CityService;
import org.cityscore.support.CityscoreTest;
import org.cityscore.system.Reader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The city's action register: by due date, filtered by status, owner and overdue; nothing of it for another city. */
@CityscoreTest
@WithMockUser(username = "admin", roles = "ADMIN")
class ActionRegisterPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CityService cities;

    @Autowired
    ActionService actions;

    long city;
    long other;

    @BeforeEach
    void actionsOfACity() {
        String suffix = String.valueOf(System.nanoTime());
        city = cities.create(new CityService.Draft("Kaili " + suffix, "Testland", Map.of(), List.of()))
                .id();
        other = cities.create(new CityService.Draft("Other " + suffix, "Testland", Map.of(), List.of()))
                .id();
        make("Train wardens", "Fire Service", null);
        make("Map flood zones", "Water Bureau", "2020-03-31");
        make("Buy sirens", "Fire Service", "2099-01-31");
        long done = make("Dredge the canal", "Water Bureau", "2019-01-31");
        actions.update(done, "done", "Finished in spring");
    }

    private long make(String title, String owner, String due) {
        return actions.create(
                        city,
                        new ActionService.Draft(
                                "undrr-preliminary", List.of("P1.1"), title, null, owner, null, due, null, null))
                .id();
    }

    private String page(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        return mvc.perform(request.param("lang", "en").with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private RequestPostProcessor viewer(long cityId) {
        return user("vic").authorities(AuthorityUtils.createAuthorityList(Reader.VIEWER, "CITY_" + cityId));
    }

    @Test
    void theRegisterListsTheActionsByDueDateAndMarksTheOverdueOne() throws Exception {
        String all = page(get("/cities/{id}/actions", city), viewer(city));
        assertThat(all)
                .containsSubsequence("Dredge the canal", "Map flood zones", "Buy sirens", "Train wardens")
                .containsSubsequence("2020-03-31", "overdue", "Map flood zones")
                .contains("Finished in spring");
        assertThat(all.split("overdue-mark\"", -1)).hasSize(2);
    }

    @Test
    void theFiltersKeepWhatTheyName() throws Exception {
        String overdue = page(get("/cities/{id}/actions", city).param("overdue", "true"), viewer(city));
        assertThat(overdue).contains("Map flood zones").doesNotContain("Dredge the canal", "Buy sirens");
        String fire = page(get("/cities/{id}/actions", city).param("owner", "fire service"), viewer(city));
        assertThat(fire).contains("Train wardens", "Buy sirens").doesNotContain("Map flood zones");
        String done = page(get("/cities/{id}/actions", city).param("status", "done"), viewer(city));
        assertThat(done).contains("Dredge the canal").doesNotContain("Train wardens");
    }

    @Test
    void theListOfCitiesLinksToTheRegister() throws Exception {
        assertThat(page(get("/cities"), viewer(city))).contains("href=\"/cities/" + city + "/actions\"");
    }

    @Test
    void aReaderOfAnotherCityGets404() throws Exception {
        mvc.perform(get("/cities/{id}/actions", city).with(viewer(other))).andExpect(status().isNotFound());
    }
}
