package org.cityscore.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Opens an archive's files and writes them back, changed: for archives that are damaged on purpose. */
final class ArchiveZips {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ArchiveZips() {}

    static Map<String, byte[]> files(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static JsonNode json(byte[] zip, String name) {
        return JSON.readTree(files(zip).get(name));
    }

    /** The archive with one JSON file changed in place. */
    static byte[] changed(byte[] zip, String name, Consumer<JsonNode> change) {
        Map<String, byte[]> files = files(zip);
        JsonNode tree = JSON.readTree(files.get(name));
        change.accept(tree);
        files.put(name, JSON.writeValueAsBytes(tree));
        return zip(files);
    }
}
