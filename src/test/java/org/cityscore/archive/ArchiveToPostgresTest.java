package org.cityscore.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.cityscore.support.AppProcess;
import org.cityscore.support.SlowTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A workshop run offline on a laptop ends up on the server: an assessment's archive exported from an app on its
 * embedded H2 database and imported into an app on PostgreSQL has the same results, history and workshop summary
 * (ids aside, which the server gives anew). Runs when CITYSCORE_TEST_POSTGRES_URL names a database (with _USER and
 * _PASSWORD), in a fresh schema dropped afterwards; skipped with a loud WARNING otherwise.
 */
@SlowTest
class ArchiveToPostgresTest {

    @TempDir
    Path root;

    @Test
    void anArchiveFromH2IsImportedIntoPostgresqlWithEverythingEqual() throws Exception {
        String url = System.getenv("CITYSCORE_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            System.err.println("\nWARNING: ArchiveToPostgresTest SKIPPED: no PostgreSQL given; set"
                    + " CITYSCORE_TEST_POSTGRES_URL, _USER and _PASSWORD (.ci/run does)\n");
            Assumptions.abort("no PostgreSQL given: set CITYSCORE_TEST_POSTGRES_URL, _USER and _PASSWORD");
        }
        JsonNode before;
        byte[] archive;
        try (AppProcess laptop = AppProcess.start(root.resolve("laptop"), AppProcess.QUICK_START, List.of())) {
            AppApi api = AppApi.admin(laptop);
            long id = ArchiveScenario.create(api, "Offline City");
            before = ArchiveScenario.state(api, id);
            AppApi.Download download = api.download("GET", "/api/assessments/" + id + "/archive.zip");
            assertThat(download.status()).isEqualTo(200);
            archive = download.body();
        }

        String schema = "cityscore_archive_" + Long.toHexString(System.nanoTime());
        execute("create schema " + schema);
        try (AppProcess server = AppProcess.start(
                root.resolve("server"),
                AppProcess.QUICK_START,
                AppProcess.databaseArguments(
                        url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                        System.getenv("CITYSCORE_TEST_POSTGRES_USER"),
                        System.getenv("CITYSCORE_TEST_POSTGRES_PASSWORD")))) {
            AppApi api = AppApi.admin(server);
            ArchiveScenario.Reply created = api.importArchive(archive);
            assertThat(created.status())
                    .as("the import answered %s", created.body())
                    .isEqualTo(201);
            JsonNode after = ArchiveScenario.state(api, created.body().get("id").asLong());

            assertThat(after).isEqualTo(before);
            assertThat(after.get("workshops")).hasSize(1);
            assertThat(after.at("/history/RT1")).hasSizeGreaterThanOrEqualTo(2);

            ArchiveScenario.Reply again = api.importArchive(archive);
            assertThat(again.status()).as("the same archive once more").isEqualTo(422);
            assertThat(again.body().at("/errors/0/field").asString()).isEqualTo("manifest.json.archiveId");
        } finally {
            execute("drop schema " + schema + " cascade");
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        System.getenv("CITYSCORE_TEST_POSTGRES_URL"),
                        System.getenv("CITYSCORE_TEST_POSTGRES_USER"),
                        System.getenv("CITYSCORE_TEST_POSTGRES_PASSWORD"));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
