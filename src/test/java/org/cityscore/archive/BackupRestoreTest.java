package org.cityscore.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.cityscore.support.AppProcess;
import org.cityscore.support.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The backup of the embedded database, restored as the README says: {@code POST /api/admin/backup}, stop the app,
 * the data folder gone, the backup unzipped into a new one, start: every result, history entry and workshop summary
 * is as it was at the backup, and what was written after it is not there. Only an admin backs up.
 */
@SlowTest
class BackupRestoreTest {

    /** H2's BACKUP TO names the database file as it lies in the data folder ({@code cityscore.data-dir}). */
    static final String DATABASE_FILE = "cityscore.mv.db";

    @TempDir
    Path root;

    @Test
    void aRestoredBackupHasEveryResultHistoryAndWorkshopSummaryOfBefore() throws Exception {
        Path data = root.resolve("data");
        Path log = root.resolve("app.log"); // outside the data folder, which the test deletes
        JsonNode before;
        JsonNode listBefore;
        long id;
        byte[] backup;
        try (AppProcess app = AppProcess.start(data, log, AppProcess.QUICK_START, List.of())) {
            AppApi admin = AppApi.admin(app);
            id = ArchiveScenario.create(admin, "Backup City");
            long cityId = ArchiveScenario.ok(admin, "GET", "/api/assessments/" + id, null, null)
                    .get("cityId")
                    .asLong();
            before = ArchiveScenario.state(admin, id);
            listBefore = ArchiveScenario.ok(admin, "GET", "/api/assessments", null, null);

            ArchiveScenario.ok(
                    admin,
                    "POST",
                    "/api/users",
                    "{\"username\":\"tina\",\"role\":\"trainer\",\"cities\":[" + cityId
                            + "],\"password\":\"tina-password-2026\"}",
                    null);
            assertThat(AppApi.as(app, "tina", "tina-password-2026")
                            .download("POST", "/api/admin/backup")
                            .status())
                    .as("a trainer backs up")
                    .isEqualTo(403);

            AppApi.Download download = admin.download("POST", "/api/admin/backup");
            assertThat(download.status()).isEqualTo(200);
            assertThat(download.contentType()).startsWith("application/zip");
            backup = download.body();
            ArchiveScenario.ok(
                    admin,
                    "POST",
                    "/api/assessments",
                    "{\"scorecardId\":\"iclei-5rs\",\"city\":\"After the backup\",\"year\":2026}",
                    null);
        }

        deleteRecursively(data);
        assertThat(unzip(backup, data)).containsExactly(DATABASE_FILE);

        try (AppProcess restored = AppProcess.start(data, log, AppProcess.QUICK_START, List.of())) {
            AppApi admin = AppApi.admin(restored);
            assertThat(ArchiveScenario.state(admin, id)).isEqualTo(before);
            assertThat(ArchiveScenario.ok(admin, "GET", "/api/assessments", null, null))
                    .as("every assessment of the backup, and none written after it")
                    .isEqualTo(listBefore);
        }
    }

    /** {@code unzip backup.zip -d data}: the files of the zip into the folder; returns their names. */
    static List<String> unzip(byte[] zip, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = folder.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(folder)).as(entry.getName()).isTrue();
                Files.createDirectories(target.getParent());
                Files.copy((InputStream) in, target);
                names.add(entry.getName());
            }
        }
        return names;
    }

    static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
