package org.cityscore.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cityscore.CityscoreApplication;
import org.cityscore.support.SlowTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A data folder Cityscore cannot write to stops the start, before the database, with which folder, why and what to do. */
class DataFolderCheckTest {

    @TempDir
    Path temp;

    @Test
    void aFolderBelowARegularFileStopsTheStart() throws IOException {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "");
        Path data = file.resolve("data");
        assertThatThrownBy(() -> start(data))
                .isInstanceOf(DataFolderCheck.DataFolderNotWritableException.class)
                .hasMessageContaining(data.toString());
    }

    @Test
    void aReadOnlyMountStopsTheStartWithOneParagraph() throws Exception {
        Path mount = Files.createDirectories(temp.resolve("read-only"));
        Assumptions.assumeTrue(
                Mounts.tmpfs(mount, "ro,size=1m"),
                "skipped: could not mount a read-only tmpfs at " + mount + " (needs root on Linux)");
        try {
            Path data = mount.resolve("data");
            Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> start(data));
            assertThat(failure).isInstanceOf(DataFolderCheck.DataFolderNotWritableException.class);
            FailureAnalysis analysis = new DataFolderFailureAnalyzer().analyze(failure);
            assertThat(analysis.getDescription()).contains(data.toString()).contains("Read-only file system");
            assertThat(analysis.getAction()).contains("writable").contains("--cityscore.data-dir=");
        } finally {
            Mounts.unmount(mount);
        }
    }

    @Test
    @SlowTest // starts the whole app
    void anotherDatabaseUrlIsNotChecked() {
        Path data = temp.resolve("file-below").resolve("data");
        // the tests' in-memory database: the data folder is not Cityscore's to judge, and the start goes on
        new SpringApplicationBuilder(CityscoreApplication.class)
                .run("--server.port=0", "--cityscore.data-dir=" + data, "--cityscore.samples.load-on-empty=false")
                .close();
        assertThat(data).doesNotExist();
    }

    private static void start(Path data) {
        new SpringApplicationBuilder(CityscoreApplication.class)
                .run(
                        "--server.port=0",
                        "--cityscore.data-dir=" + data,
                        "--spring.datasource.url=jdbc:h2:file:" + data + "/cityscore;WRITE_DELAY=0",
                        "--cityscore.samples.load-on-empty=false")
                .close();
    }
}
