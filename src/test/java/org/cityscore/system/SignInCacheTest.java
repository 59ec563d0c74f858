package org.cityscore.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** HTTP Basic pays the password hash once: the same right credentials again are remembered, a wrong one never. */
@SpringBootTest(properties = "cityscore.samples.load-on-empty=false")
@AutoConfigureMockMvc
class SignInCacheTest {

    /** Counts the password checks of the real encoder. */
    static final class CountingPasswords implements PasswordEncoder {
        final AtomicInteger checks = new AtomicInteger();
        private final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();

        @Override
        public String encode(CharSequence raw) {
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return real.matches(raw, encoded);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Passwords {
        @Bean
        @Primary
        CountingPasswords countingPasswords() {
            return new CountingPasswords();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    CountingPasswords passwords;

    @Autowired
    TrainerAccounts accounts;

    @Autowired
    SignInCache cache;

    @BeforeEach
    void anAccount() {
        if (!accounts.exists("cached")) {
            accounts.create("cached", "cached-password");
        }
        cache.forget("cached");
        passwords.checks.set(0);
    }

    @Test
    void aSecondRequestWithTheSameCredentialsDoesNotCheckThePasswordAgain() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/assessments").with(httpBasic("cached", "cached-password")))
                    .andExpect(status().isOk());
        }
        assertThat(passwords.checks).hasValue(1);
        cache.forget("cached");
        mvc.perform(get("/api/assessments").with(httpBasic("cached", "cached-password")))
                .andExpect(status().isOk());
        assertThat(passwords.checks).hasValue(2);
    }

    @Test
    void aWrongPasswordIsNeverRemembered() throws Exception {
        mvc.perform(get("/api/assessments").with(httpBasic("cached", "cached-password")))
                .andExpect(status().isOk());
        for (int i = 0; i < 2; i++) {
            mvc.perform(get("/api/assessments")
                            .with(httpBasic("cached", "wrong-password"))
                            .with(SignInThrottleTest.from("10.5.0." + i)))
                    .andExpect(status().isUnauthorized());
        }
        assertThat(passwords.checks).hasValue(3);
        mvc.perform(get("/api/assessments").with(httpBasic("cached", "cached-password")))
                .andExpect(status().isOk());
        assertThat(passwords.checks).hasValue(3);
    }
}
