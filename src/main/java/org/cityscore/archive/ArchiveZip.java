package org.cityscore.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.cityscore.archive.Archive.ArchivedAssessment;
import org.cityscore.archive.Archive.ArchivedResponse;
import org.cityscore.archive.Archive.ArchivedReviewComment;
import org.cityscore.archive.Archive.ArchivedWorkshop;
import org.cityscore.archive.Archive.Manifest;
import org.cityscore.excel.ZipBombCheck;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** An {@link Archive} as a zip of JSON files and the scorecard's YAML text, and back. */
final class ArchiveZip {

    private static final Set<String> FILES = Set.of(
            Archive.MANIFEST,
            Archive.ASSESSMENT,
            Archive.RESPONSES,
            Archive.WORKSHOPS,
            Archive.REVIEWS,
            Archive.SCORECARD);

    // unknown fields are tolerated, so that an archive of a newer Cityscore with the same format version still reads
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ArchiveZip() {}

    static byte[] write(Archive archive) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, Archive.MANIFEST, JSON.writeValueAsBytes(archive.manifest()));
            put(zip, Archive.ASSESSMENT, JSON.writeValueAsBytes(archive.assessment()));
            put(zip, Archive.RESPONSES, JSON.writeValueAsBytes(archive.responses()));
            put(zip, Archive.WORKSHOPS, JSON.writeValueAsBytes(archive.workshops()));
            put(zip, Archive.REVIEWS, JSON.writeValueAsBytes(archive.reviews()));
            put(zip, Archive.SCORECARD, archive.scorecard().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /** The archive in {@code zip}; an {@link ArchiveProblem} naming the file (and field) that cannot be read. */
    static Archive read(byte[] zip) {
        try {
            ZipBombCheck.check(zip);
        } catch (ZipBombCheck.Bomb bomb) {
            throw new ArchiveProblem(null, "archive.tooLarge");
        }
        Map<String, byte[]> files = files(zip);
        return new Archive(
                json(files, Archive.MANIFEST, new TypeReference<Manifest>() {}),
                json(files, Archive.ASSESSMENT, new TypeReference<ArchivedAssessment>() {}),
                json(files, Archive.RESPONSES, new TypeReference<List<ArchivedResponse>>() {}),
                json(files, Archive.WORKSHOPS, new TypeReference<List<ArchivedWorkshop>>() {}),
                files.containsKey(Archive.REVIEWS)
                        ? json(files, Archive.REVIEWS, new TypeReference<List<ArchivedReviewComment>>() {})
                        : List.of(),
                new String(required(files, Archive.SCORECARD), StandardCharsets.UTF_8));
    }

    private static Map<String, byte[]> files(byte[] zip) {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (FILES.contains(entry.getName()) && files.put(entry.getName(), in.readAllBytes()) != null) {
                    throw new ArchiveProblem(entry.getName(), "archive.fileTwice", entry.getName());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ArchiveProblem(null, "archive.unreadable");
        }
        if (files.isEmpty()) {
            throw new ArchiveProblem(null, "archive.unreadable");
        }
        return files;
    }

    private static byte[] required(Map<String, byte[]> files, String name) {
        byte[] content = files.get(name);
        if (content == null) {
            throw new ArchiveProblem(name, "archive.missingFile", name);
        }
        return content;
    }

    /** Where in a file a value did not read, as {@code [2].level}. */
    private static String path(DatabindException e) {
        StringBuilder path = new StringBuilder();
        e.getPath()
                .forEach(step -> path.append(
                        step.getPropertyName() != null ? "." + step.getPropertyName() : "[" + step.getIndex() + "]"));
        return path.toString();
    }

    private static <T> T json(Map<String, byte[]> files, String name, TypeReference<T> type) {
        try {
            T read = JSON.readValue(required(files, name), type);
            if (read == null) {
                throw new ArchiveProblem(name, "archive.missingFile", name);
            }
            return read;
        } catch (DatabindException e) {
            String where = name + path(e);
            throw new ArchiveProblem(where, "archive.badJson", name, where);
        } catch (JacksonException e) {
            throw new ArchiveProblem(name, "archive.badJson", name, name);
        }
    }
}
