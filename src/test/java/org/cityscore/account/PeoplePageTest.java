package org.cityscore.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cityscore.city.CityService;
import org.cityscore.support.CityscoreTest;
import org.cityscore.system.Role;
import org.cityscore.system.TrainerAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The people page and the password on my account page: forms with CSRF, errors beside their fields, in both languages. */
@CityscoreTest
class PeoplePageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TrainerAccounts accounts;

    @Autowired
    CityService cities;

    private String person(Role role, Long... cityIds) {
        String username = role.code() + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, null, role, List.of(cityIds), "a-long-password-1");
        return username;
    }

    private static RequestPostProcessor signedIn(String username, Role role) {
        return user(username).roles(role.name());
    }

    @Test
    void anAdminInvitesSomeoneAndSeesTheLinkOnce() throws Exception {
        String admin = person(Role.ADMIN);
        long kaili = cities.create(new CityService.Draft("Kaili " + UUID.randomUUID(), null, Map.of(), List.of()))
                .id();
        mvc.perform(get("/people").with(signedIn(admin, Role.ADMIN)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Invite someone")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        String invited = "page-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/people")
                        .with(signedIn(admin, Role.ADMIN))
                        .with(csrf())
                        .param("username", invited)
                        .param("role", "editor")
                        .param("cities", String.valueOf(kaili)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/people"))
                .andExpect(flash().attribute("invited", invited));
        mvc.perform(post("/people")
                        .with(signedIn(admin, Role.ADMIN))
                        .with(csrf())
                        .param("lang", "zh")
                        .param("username", "x")
                        .param("role", "editor"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("用户名需为 3 至 100 个字符")));
        mvc.perform(get("/people/{u}", invited)
                        .with(signedIn(admin, Role.ADMIN))
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Reset the password")));
    }

    @Test
    void editorsAndViewersHaveNoPeoplePage() throws Exception {
        String editor = person(Role.EDITOR);
        mvc.perform(get("/people").with(signedIn(editor, Role.EDITOR)).param("lang", "en"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/account").with(signedIn(editor, Role.EDITOR)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/people\""))))
                .andExpect(content().string(containsString("Change the password")));
    }

    @Test
    void myPasswordIsChangedOnMyAccountPage() throws Exception {
        String viewer = person(Role.VIEWER);
        mvc.perform(post("/account/password")
                        .with(signedIn(viewer, Role.VIEWER))
                        .with(csrf())
                        .param("current", "wrong-password-0")
                        .param("password", "a-new-long-password"))
                .andExpect(redirectedUrl("/account#password"))
                .andExpect(flash().attributeExists("passwordProblems"));
        mvc.perform(post("/account/password")
                        .with(signedIn(viewer, Role.VIEWER))
                        .with(csrf())
                        .param("current", "a-long-password-1")
                        .param("password", "a-new-long-password"))
                .andExpect(redirectedUrl("/account#password"))
                .andExpect(flash().attribute("passwordChanged", true));
    }
}
