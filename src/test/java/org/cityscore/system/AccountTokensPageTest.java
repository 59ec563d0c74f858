package org.cityscore.system;

import static org.assertj.core.api.Assertions.assertThat;
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

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** "My account" lists a trainer's API tokens, creates one (its secret shown once) and revokes one, with CSRF. */
@SpringBootTest(properties = "cityscore.samples.load-on-empty=false")
@AutoConfigureMockMvc
class AccountTokensPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokens tokens;

    @Test
    void aTokenIsCreatedShownOnceListedAndRevokedOnThePage() throws Exception {
        mvc.perform(post("/account/tokens").with(user("trainer").roles("ADMIN")).param("name", "page script"))
                .andExpect(status().isForbidden());
        MvcResult created = mvc.perform(post("/account/tokens")
                        .with(csrf())
                        .with(user("trainer").roles("ADMIN"))
                        .param("name", "page script"))
                .andExpect(redirectedUrl("/account#tokens"))
                .andExpect(flash().attributeExists("newToken"))
                .andReturn();
        ApiToken.Created token = (ApiToken.Created) created.getFlashMap().get("newToken");
        mvc.perform(get("/account")
                        .flashAttr("newToken", token)
                        .with(user("trainer").roles("ADMIN"))
                        .param("lang", "en"))
                .andExpect(content().string(containsString(token.token())))
                .andExpect(content().string(containsString("Copy it now: it is shown only this once.")));
        mvc.perform(get("/account").with(user("trainer").roles("ADMIN")).param("lang", "zh"))
                .andExpect(content().string(containsString("page script")))
                .andExpect(content().string(not(containsString(token.token()))));
        mvc.perform(post("/account/tokens/{id}/revoke", token.id())
                        .with(csrf())
                        .with(user("trainer").roles("ADMIN")))
                .andExpect(redirectedUrl("/account#tokens"));
        assertThat(tokens.list("trainer")).noneMatch(listed -> listed.id() == token.id());
        assertThat(tokens.authenticate(token.token())).isEmpty();
    }

    @Test
    void aNamelessTokenIsRefusedInTheReadersLanguage() throws Exception {
        mvc.perform(post("/account/tokens")
                        .with(csrf())
                        .with(user("trainer").roles("ADMIN"))
                        .param("name", " "))
                .andExpect(flash().attributeExists("tokenProblem"));
    }
}
