package org.cityscore.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Upgrading a database of the previous version: every trainer becomes an admin and still signs in. */
@SpringBootTest(properties = "cityscore.samples.load-on-empty=false")
@AutoConfigureMockMvc
class MigrationToRolesTest {

    private static final String URL = "jdbc:h2:mem:roles-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @DynamicPropertySource
    static void previousVersion(DynamicPropertyRegistry registry) {
        DriverManagerDataSource data = new DriverManagerDataSource(URL, "sa", "");
        Flyway.configure().dataSource(data).target("10").load().migrate();
        JdbcClient jdbc = JdbcClient.create(data);
        var encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        for (String trainer : new String[] {"li.wei", "wang.fang"}) {
            // as the previous version wrote a trainer: no role, no active flag
            jdbc.sql("insert into trainer_account (username, password_hash, created_at, display_name) "
                            + "values (?, ?, ?, ?)")
                    .params(trainer, encoder.encode(trainer + "-password"), Timestamp.from(Instant.now()), trainer)
                    .update();
        }
        registry.add("spring.datasource.url", () -> URL);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void everyTrainerIsAnAdminAndSignsIn() throws Exception {
        for (String trainer : new String[] {"li.wei", "wang.fang"}) {
            mvc.perform(get("/api/me").with(httpBasic(trainer, trainer + "-password")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.role").value("admin"))
                    .andExpect(jsonPath("$.displayName").value(trainer));
            mvc.perform(get("/api/users").with(httpBasic(trainer, trainer + "-password")))
                    .andExpect(status().isOk());
        }
    }
}
