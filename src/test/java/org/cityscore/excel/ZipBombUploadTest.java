package org.cityscore.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cityscore.support.CityscoreTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Workbooks under 10 MB whose parts expand to hundreds of megabytes, honestly declared or lying in the zip
 * directory: refused with the bomb message before POI reads a part into memory, and nothing is stored.
 */
@CityscoreTest
@WithMockUser(username = "trainer", roles = "ADMIN")
class ZipBombUploadTest {

    private static final int MB = 1024 * 1024;
    /** Random letters in every 4 KB of spaces: enough that each part compresses under 100 times, like real XML. */
    private static final int NOISE = 30;

    private static byte[] honest;
    private static byte[] lying;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void bombs() throws IOException {
        byte[] template = sample();
        // eight extra sheets of 90 MB each: 720 MB in all, each part compressing about 60 times, as in the reported
        // file
        honest = withParts(template, 8, 90L * MB, false);
        // one part whose directory entry and data descriptor say 1,000 bytes, but which inflates to 150 MB
        lying = withParts(template, 1, 150L * MB, true);
    }

    @Test
    void aBombWithHonestSizesIsRefusedFromTheZipDirectory() throws Exception {
        assertThat(honest.length).isLessThan(10 * MB);
        expectBombRefused(honest);
    }

    @Test
    void aBombThatLiesAboutItsSizeIsRefusedWhileInflating() throws Exception {
        assertThat(lying.length).isLessThan(10 * MB);
        assertThat(declaredSize(lying, "xl/worksheets/sheet10.xml")).isEqualTo(1_000);
        expectBombRefused(lying);
    }

    @Test
    void checkingABombNeedsOnlyAFewMegabytesOfHeap() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        assertThatThrownBy(() -> ZipBombCheck.check(lying)).isInstanceOf(ZipBombCheck.Bomb.class);
        assertThatThrownBy(() -> ZipBombCheck.check(honest)).isInstanceOf(ZipBombCheck.Bomb.class);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocated)
                .as("bytes allocated while checking two bombs of 150 and 720 MB")
                .isLessThan(16L * MB);
    }

    @Test
    void realWorkbooksAndAFullSheetOfTextPassTheCheck() throws Exception {
        for (String sample : new String[] {"example-city-undrr-2025.xlsx", "example-city-shift-2023.xlsx"}) {
            ZipBombCheck.check(Files.readAllBytes(Path.of("sample-assessments", sample)));
        }
        try (var book = new SXSSFWorkbook(100)) {
            var sheet = book.createSheet("Scores");
            for (int r = 0; r < WorkbookFile.MAX_ROWS; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < 12; c++) {
                    row.createCell(c)
                            .setCellValue("An answer with a long comment, evidence and an action plan " + r + c);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            ZipBombCheck.check(out.toByteArray());
        }
    }

    static byte[] sample() throws IOException {
        return Files.readAllBytes(Path.of("sample-assessments", "example-city-5rs-2025.xlsx"));
    }

    void expectBombRefused(byte[] file) throws Exception {
        long before = assessments();
        mvc.perform(multipart("/api/assessments/import").file(new MockMultipartFile("file", "bomb.xlsx", null, file)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].key").value("import.refused.bomb"));
        assertThat(assessments()).isEqualTo(before);
        mvc.perform(get("/api/assessments")).andExpect(status().isOk());
    }

    long assessments() {
        return jdbc.sql("select count(*) from assessment").query(Long.class).single();
    }

    /** The template with {@code count} extra parts of {@code size} bytes each, mostly zeros with a little noise. */
    static byte[] withParts(byte[] xlsx, int count, long size, boolean lieAboutSize) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            Random random = new Random(11);
            byte[] block = new byte[64 * 1024];
            for (int part = 0; part < count; part++) {
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + (10 + part) + ".xml"));
                for (long written = 0; written < size; written += block.length) {
                    Arrays.fill(block, (byte) ' ');
                    for (int i = 0; i < block.length; i += 4096) {
                        for (int j = 0; j < NOISE; j++) {
                            block[i + j] = (byte) ('a' + random.nextInt(26));
                        }
                    }
                    zip.write(block);
                }
                zip.closeEntry();
            }
        }
        byte[] zip = out.toByteArray();
        return lieAboutSize ? declareSize(zip, 1_000) : zip;
    }

    /** Rewrites the uncompressed size of every large entry, in the central directory and in its data descriptor. */
    static byte[] declareSize(byte[] zip, int size) {
        ByteBuffer bytes = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = zip.length - 22;
        assertThat(bytes.getInt(end)).as("end of central directory").isEqualTo(0x06054b50);
        int at = bytes.getInt(end + 16);
        for (int entry = 0; entry < Short.toUnsignedInt(bytes.getShort(end + 10)); entry++) {
            if (bytes.getInt(at + 24) > 10 * MB) {
                int local = bytes.getInt(at + 42);
                int descriptor =
                        local + 30 + bytes.getShort(local + 26) + bytes.getShort(local + 28) + bytes.getInt(at + 20);
                assertThat(bytes.getInt(descriptor))
                        .as("data descriptor signature")
                        .isEqualTo(0x08074b50);
                bytes.putInt(descriptor + 12, size);
                bytes.putInt(at + 24, size);
            }
            at += 46 + bytes.getShort(at + 28) + bytes.getShort(at + 30) + bytes.getShort(at + 32);
        }
        return zip;
    }

    static long declaredSize(byte[] zip, String name) throws IOException {
        try (var file = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(zip))
                .get()) {
            return file.getEntry(name).getSize();
        }
    }
}
