package org.cityscore.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The scorecards in the database (issue 16): the files seed them once and version by version, and a version that
 * "another node" published (a row written straight into the table) is served here without a restart.
 */
@ScorecardWebTest
class PublishedScorecardsTest {

    static final String WALK = """
            id: walk
            version: "1"
            languages: [en]
            title: {en: "Walk"}
            source: {citation: "test", note: {en: "test"}}
            scale: {min: 0, max: 3, labels: {0: {en: "0"}, 1: {en: "1"}, 2: {en: "2"}, 3: {en: "3"}}}
            categories:
              - code: W
                title: {en: "Walking"}
                indicators:
                  - {code: W1, name: {en: "Sidewalks"}, question: {en: "?"}}
            """;

    static final Path FOLDER = folderWith("walk-1.yaml", WALK);

    @DynamicPropertySource
    static void walkOnly(DynamicPropertyRegistry registry) {
        registry.add("cityscore.scorecards-dir", FOLDER::toString);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ScorecardVersions versions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void startingAgainOnTheSameFilesAddsNothing() throws Exception {
        long rows = rowCount();
        assertThat(seed(FOLDER)).isEmpty();
        assertThat(seed(FOLDER)).isEmpty();
        assertThat(rowCount()).isEqualTo(rows);
        mvc.perform(get("/api/scorecards/walk")).andExpect(jsonPath("$.version").value("1"));
    }

    @Test
    void aNewVersionIsAddedBesideTheOldOneAndServed() throws Exception {
        Path folder = folderWith("stride-1.yaml", WALK.replace("id: walk", "id: stride"));
        assertThat(seed(folder)).containsExactly("stride@1");
        Files.writeString(
                folder.resolve("stride-2.yaml"),
                WALK.replace("id: walk", "id: stride").replace("version: \"1\"", "version: \"2\""));

        assertThat(seed(folder)).containsExactly("stride@2");

        assertThat(jdbc.sql("select count(*) from scorecard_version where scorecard_id = 'stride'")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        eventually(() -> version("/api/scorecards/stride").equals("2"));
        mvc.perform(get("/api/scorecards/stride").param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value("1"));
    }

    @Test
    void aFileEditedWithoutANewVersionWinsAsBefore() throws Exception {
        Path folder = folderWith("amble-1.yaml", WALK.replace("id: walk", "id: amble"));
        seed(folder);
        Files.writeString(
                folder.resolve("amble-1.yaml"),
                WALK.replace("id: walk", "id: amble").replace("Sidewalks", "Pavements"));

        assertThat(seed(folder)).isEmpty();

        eventually(() -> body("/api/scorecards/amble").contains("Pavements"));
        assertThat(jdbc.sql("select count(*) from scorecard_version where scorecard_id = 'amble'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aScorecardAnotherNodePublishedIsServedWithoutARestart() throws Exception {
        String text = WALK.replace("id: walk", "id: stroll");
        jdbc.sql("insert into scorecard_snapshot (sha256, content) values (?, ?)")
                .params(ScorecardVersions.sha256(text), text)
                .update();
        jdbc.sql("""
                        insert into scorecard_version (scorecard_id, version, snapshot_id, origin, file_name, added_at,
                            changed_at)
                        select 'stroll', '1', id, 'file', 'stroll.yaml', ?, ? from scorecard_snapshot where sha256 = ?""")
                .params(Timestamp.from(Instant.now()), Timestamp.from(Instant.now()), ScorecardVersions.sha256(text))
                .update();

        eventually(() -> body("/api/scorecards").contains("\"stroll\""));
        mvc.perform(get("/api/scorecards/stroll")).andExpect(status().isOk());
    }

    private List<String> seed(Path folder) {
        return new ScorecardSeeding(versions, Clock.systemUTC()).seed(new ScorecardLoader().loadDirectory(folder));
    }

    private long rowCount() {
        return jdbc.sql("select count(*) from scorecard_version")
                .query(Long.class)
                .single();
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }

    private String version(String path) throws Exception {
        var response = mvc.perform(get(path)).andReturn().getResponse();
        return response.getStatus() == 200 ? JsonPath.read(response.getContentAsString(), "$.version") : "";
    }

    /** Within the few seconds a node takes to see another's change (the refresh interval is 1 s). */
    private static void eventually(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!condition.call()) {
            assertThat(System.nanoTime()).as("not seen within 5 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    static Path folderWith(String name, String text) {
        try {
            Path folder = Files.createTempDirectory("cityscore-published");
            Files.writeString(folder.resolve(name), text);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
