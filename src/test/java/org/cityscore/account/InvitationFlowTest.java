package org.cityscore.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.cityscore.system.Role;
import org.cityscore.system.TrainerAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Invitations: the link sets a password once, then the person signs in; a used or expired link is not found. */
@SpringBootTest(properties = "cityscore.samples.load-on-empty=false")
@AutoConfigureMockMvc
class InvitationFlowTest {

    private static final String ADMIN_PASSWORD = "admin-password-1";

    /** A clock the test moves forward, to expire an invitation. */
    static final class MovingClock extends Clock {
        private volatile Instant now = Instant.now();

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        MovingClock clock() {
            return new MovingClock();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TrainerAccounts accounts;

    @Autowired
    MovingClock clock;

    @Autowired
    JsonMapper json;

    private String admin() {
        String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(admin, null, Role.ADMIN, List.of(), ADMIN_PASSWORD);
        return admin;
    }

    private String invite(String admin, String username) throws Exception {
        String answer = mvc.perform(post("/api/users")
                        .with(httpBasic(admin, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"%s\",\"role\":\"admin\"}".formatted(username)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String link = json.readTree(answer).get("invitation").asString();
        assertThat(link).matches("http://localhost/invitations/[A-Za-z0-9_-]{43}");
        return link.substring(link.indexOf("/invitations/"));
    }

    @Test
    void theLinkSetsThePasswordOnceAndThenThePersonSignsIn() throws Exception {
        String admin = admin();
        String username = "invited-" + UUID.randomUUID().toString().substring(0, 8);
        String page = invite(admin, username);
        // no password yet: nothing signs in
        mvc.perform(get("/api/me").with(httpBasic(username, ""))).andExpect(status().isUnauthorized());

        mvc.perform(get(page).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(username)))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        mvc.perform(post(page).param("password", "short").with(csrf()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("at least 12 characters")));
        mvc.perform(post(page).param("password", "my-own-password").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?invited"));

        mvc.perform(get("/api/me").with(httpBasic(username, "my-own-password")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("admin"));
        mvc.perform(get(page)).andExpect(status().isNotFound());
        mvc.perform(post(page).param("password", "another-password").with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aResetDisablesTheOldPasswordUntilTheNewLinkIsUsed() throws Exception {
        String admin = admin();
        String other = admin();
        String answer = mvc.perform(post("/api/users/{u}/reset", other).with(httpBasic(admin, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String link = json.readTree(answer).get("invitation").asString();
        mvc.perform(get("/api/me").with(httpBasic(other, ADMIN_PASSWORD))).andExpect(status().isUnauthorized());
        mvc.perform(post(link.substring(link.indexOf("/invitations/")))
                        .param("password", "a-fresh-password")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/me").with(httpBasic(other, "a-fresh-password"))).andExpect(status().isOk());
    }

    @Test
    void anInvitationExpiresAfterSevenDays() throws Exception {
        String admin = admin();
        String page = invite(admin, "late-" + UUID.randomUUID().toString().substring(0, 8));
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        mvc.perform(get(page)).andExpect(status().isNotFound());
        mvc.perform(post(page).param("password", "my-own-password").with(csrf()))
                .andExpect(status().isNotFound());
    }
}
