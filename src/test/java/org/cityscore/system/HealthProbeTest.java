package org.cityscore.system;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cityscore.support.CityscoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The two probes answer anyone with a bare status; the rest of Actuator is an admin's or not there at all. */
@CityscoreTest
class HealthProbeTest {

    @Autowired
    MockMvc mvc;

    @Test
    void probesAnswerWithoutSignInAndShowOnlyTheStatus() throws Exception {
        for (String probe : SecurityConfiguration.PROBES) {
            mvc.perform(get(probe))
                    .andExpect(status().isOk())
                    .andExpect(content().json("{\"status\":\"UP\"}", true))
                    .andExpect(header().doesNotExist("Set-Cookie"));
        }
    }

    @Test
    void theRestOfActuatorNeedsAnAdmin() throws Exception {
        for (String path : new String[] {"/actuator", "/actuator/health", "/actuator/env", "/actuator/beans"}) {
            mvc.perform(get(path)).andExpect(status().isUnauthorized());
            mvc.perform(get(path).with(user("editor").roles("EDITOR"))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/actuator/health").with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
        for (String hidden : new String[] {"/actuator/env", "/actuator/beans", "/actuator/metrics"}) {
            mvc.perform(get(hidden).with(user("admin").roles("ADMIN"))).andExpect(status().isNotFound());
        }
    }
}
