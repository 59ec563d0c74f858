package org.cityscore.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.cityscore.text.BundleTexts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A scorecard file over cityscore.scorecards.max-file-size is a problem like any other: reported with its file
 * and the limit, not read, and the other scorecards load.
 */
@ScorecardWebTest
class OversizedScorecardTest {

    @DynamicPropertySource
    static void scorecardsWithAnOversizedFile(DynamicPropertyRegistry registry) {
        registry.add("cityscore.scorecards-dir", () -> copyWithOversizedFile().toString());
    }

    /** The shipped scorecards and a sparse file one byte over the 2 MB default: no megabytes are written. */
    static Path copyWithOversizedFile() {
        try {
            Path folder = ShippedScorecards.copy();
            try (RandomAccessFile huge =
                    new RandomAccessFile(folder.resolve("huge.yaml").toFile(), "rw")) {
                huge.setLength(ScorecardLoader.DEFAULT_MAX_FILE_SIZE + 1);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void theOversizedFileIsReportedAndTheOthersLoad() throws Exception {
        mvc.perform(get("/api/scorecards")).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(3)));
        mvc.perform(get("/api/scorecards/problems"))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].file").value("huge.yaml"))
                .andExpect(jsonPath("$[0].message", containsString("larger than 2097152 bytes")))
                .andExpect(jsonPath("$[0].message", containsString("cityscore.scorecards.max-file-size")));
    }

    @Test
    void aSourceOfUnknownSizeIsReadNoFurtherThanTheLimit() {
        AtomicLong served = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served.incrementAndGet();
                return ' ';
            }
        };
        ScorecardLoader.Loaded loaded = new ScorecardLoader(1000)
                .load(List.of(new ScorecardLoader.ScorecardFile("endless.yaml", () -> endless)));
        assertThat(loaded.definitions()).isEmpty();
        assertThat(loaded.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("endless.yaml");
            assertThat(BundleTexts.english(problem.text())).contains("larger than 1000 bytes");
        });
        assertThat(served.get()).isEqualTo(1001);
    }

    @Test
    void aFileAtTheLimitIsRead() throws IOException {
        Path file = ShippedScorecards.FOLDER.resolve("iclei-5rs.yaml");
        long size = Files.size(file);
        assertThat(new ScorecardLoader(size)
                        .load(List.of(
                                new ScorecardLoader.ScorecardFile("iclei-5rs.yaml", () -> Files.newInputStream(file))))
                        .definitions())
                .hasSize(1);
        assertThat(new ScorecardLoader(size - 1)
                        .loadDirectory(ShippedScorecards.FOLDER)
                        .problems())
                .anySatisfy(problem -> assertThat(problem.file()).isEqualTo("iclei-5rs.yaml"));
    }
}
