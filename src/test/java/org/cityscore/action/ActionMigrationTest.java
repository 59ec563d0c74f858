package org.cityscore.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Upgrading a database of the previous version: every answer's free-text action, responsible and timescale becomes
 * an action of the city, created from its assessment, with its text kept; the answers keep their columns.
 */
@SpringBootTest(properties = "cityscore.samples.load-on-empty=false")
@AutoConfigureMockMvc
@WithMockUser(username = "admin", roles = "ADMIN")
class ActionMigrationTest {

    private static final String URL = "jdbc:h2:mem:actions-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private static long city;
    private static long assessment;

    @DynamicPropertySource
    static void previousVersion(DynamicPropertyRegistry registry) throws Exception {
        DriverManagerDataSource data = new DriverManagerDataSource(URL, "sa", "");
        Flyway.configure().dataSource(data).target("19").load().migrate();
        JdbcClient jdbc = JdbcClient.create(data);
        Timestamp then = Timestamp.from(Instant.parse("2023-05-04T10:00:00Z"));
        jdbc.sql("insert into city (name, country, created_at) values ('Kaili', 'China', ?)")
                .param(then)
                .update();
        city = jdbc.sql("select id from city").query(Long.class).single();
        jdbc.sql("insert into scorecard_snapshot (sha256, content) values ('old', ?)")
                .param(Files.readString(Path.of("scorecards/undrr-preliminary.yaml")))
                .update();
        long snapshot =
                jdbc.sql("select id from scorecard_snapshot").query(Long.class).single();
        jdbc.sql("""
                        insert into assessment (city, country, city_id, assessment_year, scorecard_id, scorecard_version,
                            snapshot_id, status, illustrative, created_at, updated_at)
                        values ('Kaili', 'China', ?, 2023, 'undrr-preliminary', '1', ?, 'final', false, ?, ?)""").params(city, snapshot, then, then).update();
        assessment = jdbc.sql("select id from assessment").query(Long.class).single();
        String[][] answers = {
            {"P1.1", "Map flood zones\nwith the water bureau", "Water Bureau", "2025-06"},
            {"P1.2", "Train staff", null, "within two years"},
            {"P1.3", null, null, null},
            {"P2.1", "  ", "Fire Service", null},
        };
        for (String[] answer : answers) {
            jdbc.sql("""
                            insert into response (assessment_id, indicator_code, level, action, responsible, timescale,
                                version, updated_at, updated_by)
                            values (?, ?, 2, ?, ?, ?, 1, ?, 'li.wei')""")
                    .params(assessment, answer[0], answer[1], answer[2], answer[3], then)
                    .update();
        }
        registry.add("spring.datasource.url", () -> URL);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyAnswersActionTextBecomesAnActionOfTheCity() throws Exception {
        JsonNode actions = json.readTree(mvc.perform(get("/api/cities/{id}/actions", city))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(actions.size()).isEqualTo(3);

        JsonNode dated = actions.get(0);
        assertThat(dated.get("indicatorCodes").get(0).asString()).isEqualTo("P1.1");
        assertThat(dated.get("title").asString()).isEqualTo("Map flood zones");
        assertThat(dated.get("description").asString()).isEqualTo("Map flood zones\nwith the water bureau");
        assertThat(dated.get("owner").asString()).isEqualTo("Water Bureau");
        assertThat(dated.get("due").asString()).isEqualTo("2025-06-30");
        assertThat(dated.get("status").asString()).isEqualTo("planned");
        assertThat(dated.get("createdFrom").asLong()).isEqualTo(assessment);
        assertThat(dated.get("scorecardId").asString()).isEqualTo("undrr-preliminary");
        assertThat(dated.get("updates").get(0).get("by").asString()).isEqualTo("li.wei");
        assertThat(dated.get("updates").get(0).get("at").asString()).startsWith("2023-05-04T10:00");

        // undated ones follow, in the order of their indicators
        JsonNode words = actions.get(1);
        assertThat(words.get("indicatorCodes").get(0).asString()).isEqualTo("P1.2");
        assertThat(words.get("title").asString()).isEqualTo("Train staff");
        assertThat(words.get("description").asString()).isEqualTo("Train staff\n\nwithin two years");
        assertThat(words.get("due").isNull()).isTrue();

        JsonNode ownerOnly = actions.get(2);
        assertThat(ownerOnly.get("indicatorCodes").get(0).asString()).isEqualTo("P2.1");
        assertThat(ownerOnly.get("title").asString()).isEqualTo("P2.1");
        assertThat(ownerOnly.get("owner").asString()).isEqualTo("Fire Service");

        List<String> kept = jdbc.sql("select action from response where action is not null order by indicator_code")
                .query(String.class)
                .list();
        assertThat(kept).containsExactly("Map flood zones\nwith the water bureau", "Train staff", "  ");
    }
}
