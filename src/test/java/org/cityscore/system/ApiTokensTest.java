package org.cityscore.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Personal API tokens: created with the secret shown once, listed without it, used as Bearer, revoked at once. */
@SpringBootTest(properties = "cityscore.samples.load-on-empty=false")
@AutoConfigureMockMvc
class ApiTokensTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TrainerAccounts accounts;

    @Autowired
    JsonMapper json;

    @Autowired
    ApiTokens tokens;

    @Test
    void aTokenIsCreatedListedUsedAndRevokedAtOnce() throws Exception {
        accounts.create("token-owner", "owner-password");
        JsonNode created = json.readTree(mvc.perform(post("/api/me/tokens")
                        .with(httpBasic("token-owner", "owner-password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"nightly export\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.*", hasSize(4)))
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.name").value("nightly export"))
                .andExpect(jsonPath("$.createdAt", notNullValue()))
                .andReturn()
                .getResponse()
                .getContentAsString());
        String token = created.get("token").asString();
        long id = created.get("id").asLong();
        assertThat(token).startsWith("cs_").hasSize(3 + 43).matches("cs_[A-Za-z0-9_-]+");

        mvc.perform(get("/api/assessments").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        mvc.perform(get("/api/me/tokens").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].*", hasSize(4)))
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].name").value("nightly export"))
                .andExpect(jsonPath("$[0].createdAt", notNullValue()))
                .andExpect(jsonPath("$[0].lastUsedAt", notNullValue()))
                .andExpect(jsonPath("$[0].token").doesNotExist());

        mvc.perform(delete("/api/me/tokens/{id}", id).with(httpBasic("token-owner", "owner-password")))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/assessments").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.errors[0].message").exists());
        mvc.perform(get("/api/me/tokens").with(httpBasic("token-owner", "owner-password")))
                .andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(delete("/api/me/tokens/{id}", id).with(httpBasic("token-owner", "owner-password")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anotherPersonsTokenCannotBeRevokedOrSeen() throws Exception {
        accounts.create("token-other", "other-password");
        long id = json.readTree(mvc.perform(post("/api/me/tokens")
                                .with(httpBasic("token-other", "other-password"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"name\":\"mine\"}"))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asLong();
        mvc.perform(get("/api/me/tokens").with(httpBasic("trainer", "trainer-test-password")))
                .andExpect(jsonPath("$[?(@.id == " + id + ")]", hasSize(0)));
        mvc.perform(delete("/api/me/tokens/{id}", id).with(httpBasic("trainer", "trainer-test-password")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("id"))
                .andExpect(jsonPath("$.errors[0].message").value("You have no token " + id + "."));
        mvc.perform(get("/api/me/tokens").with(httpBasic("token-other", "other-password")))
                .andExpect(jsonPath("$", hasSize(1)));
    }

    @Test
    void aTokenNeedsANameThatFits() throws Exception {
        mvc.perform(post("/api/me/tokens")
                        .with(httpBasic("trainer", "trainer-test-password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"  \"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Give the token a name, such as the script that will use it."));
        mvc.perform(post("/api/me/tokens")
                        .with(httpBasic("trainer", "trainer-test-password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + "n".repeat(101) + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void onePersonHoldsAtMostFiftyTokens() throws Exception {
        accounts.create("token-collector", "collector-password");
        for (int i = 0; i < ApiTokens.MAX_PER_PERSON; i++) {
            tokens.create("token-collector", "script " + i);
        }
        mvc.perform(post("/api/me/tokens")
                        .with(httpBasic("token-collector", "collector-password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"one more\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("You hold 50 tokens, the most one person may: revoke one you no longer use first."));
        tokens.revoke("token-collector", tokens.list("token-collector").get(0).id());
        mvc.perform(post("/api/me/tokens")
                        .with(httpBasic("token-collector", "collector-password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"one more\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void anUnknownPersonalTokenIsRefusedAndNobodyWithoutSignInHasTokens() throws Exception {
        mvc.perform(get("/api/assessments").header("Authorization", "Bearer cs_" + "A".repeat(43)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me/tokens")).andExpect(status().isUnauthorized());
    }
}
