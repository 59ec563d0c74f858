package org.cityscore.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Guessing passwords stops after a few tries: 5 failures for a username or 20 from an address lock them for
 * 15 minutes, even against the right password; the API answers 429, the sign-in page says why. Each test signs in
 * from addresses of its own, so that the locks do not reach other tests.
 */
@SpringBootTest(properties = "cityscore.samples.load-on-empty=false")
@AutoConfigureMockMvc
class SignInThrottleTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TrainerAccounts accounts;

    @Test
    void theSixthSignInForAUsernameAfterFiveFailuresGets429EvenWithTheRightPassword() throws Exception {
        accounts.create("locked-api", "right-password");
        for (int i = 1; i <= 5; i++) {
            mvc.perform(get("/api/assessments")
                            .with(httpBasic("locked-api", "wrong-" + i))
                            .with(from("10.1.0." + i)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/assessments")
                        .with(httpBasic("locked-api", "wrong-6"))
                        .with(from("10.1.0.6")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "900"))
                .andExpect(
                        jsonPath("$.errors[0].message")
                                .value(
                                        "Too many failed sign-ins for this username or from this address: try again in 15 minutes."));
        mvc.perform(get("/api/assessments")
                        .with(httpBasic("locked-api", "right-password"))
                        .with(from("10.1.0.7")))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get("/api/assessments")
                        .with(httpBasic("trainer", "trainer-test-password"))
                        .with(from("10.1.0.7")))
                .andExpect(status().isOk());
    }

    @Test
    void theSignInPageSaysSoAfterFiveFailuresEvenWithTheRightPassword() throws Exception {
        accounts.create("locked-form", "right-password");
        for (int i = 1; i <= 5; i++) {
            mvc.perform(post("/login")
                            .with(csrf())
                            .with(from("10.2.0." + i))
                            .param("username", "locked-form")
                            .param("password", "wrong"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login")
                        .with(csrf())
                        .with(from("10.2.0.6"))
                        .param("username", "locked-form")
                        .param("password", "right-password"))
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/login").param("locked", "").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Signing in is refused for 15 minutes, even with the right password")));
        mvc.perform(get("/login").param("locked", "").param("lang", "zh"))
                .andExpect(content().string(containsString("15 分钟内拒绝登录")));
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(not(containsString("refused for 15 minutes"))));
    }

    @Test
    void twentyFailuresFromOneAddressLockThatAddressForEveryone() throws Exception {
        for (int i = 1; i <= 20; i++) {
            mvc.perform(get("/api/assessments")
                            .with(httpBasic("guess-" + i, "wrong"))
                            .with(from("10.3.0.1")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/assessments")
                        .with(httpBasic("trainer", "trainer-test-password"))
                        .with(from("10.3.0.1")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        mvc.perform(post("/login")
                        .with(csrf())
                        .with(from("10.3.0.1"))
                        .param("username", "trainer")
                        .param("password", "trainer-test-password"))
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/api/assessments")
                        .with(httpBasic("trainer", "trainer-test-password"))
                        .with(from("10.3.0.2")))
                .andExpect(status().isOk());
    }

    @Test
    void signingInGivesANewSessionId() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        MvcResult signedIn = mvc.perform(post("/login")
                        .session(session)
                        .with(csrf())
                        .with(from("10.4.0.1"))
                        .param("username", "trainer")
                        .param("password", "trainer-test-password"))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        String after = signedIn.getRequest().getSession(false).getId();
        assertThat(after).isNotEqualTo(before);
    }

    /** A request from this client address, as Tomcat would see it (behind a trusted proxy: the forwarded one). */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
