package org.cityscore.scorecard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cityscore.text.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.reader.UnicodeReader;

/** Loads every scorecard file of a folder; a broken file is reported and skipped, the others still load. */
public final class ScorecardLoader {

    private static final Logger log = LoggerFactory.getLogger(ScorecardLoader.class);

    /** Far above any real scorecard (the shipped ones are under 100 KB), far below what would strain the server. */
    public static final long DEFAULT_MAX_FILE_SIZE = 2L * 1024 * 1024;

    private final ScorecardParser parser = new ScorecardParser();
    private final long maxFileSize;

    public ScorecardLoader() {
        this(DEFAULT_MAX_FILE_SIZE);
    }

    /** A loader that refuses, unread, every file larger than {@code maxFileSize} bytes. */
    public ScorecardLoader(long maxFileSize) {
        this.maxFileSize = maxFileSize;
    }

    /**
     * The scorecards that loaded, and every problem of the files that did not. {@code sources} holds each loaded
     * file's text by {@link ScorecardDefinition#key()}: assessments keep it as the snapshot they were made with;
     * {@code files} the name of the file each was read from, by the same key.
     */
    public record Loaded(
            List<ScorecardDefinition> definitions,
            List<ScorecardProblem> problems,
            Map<String, String> sources,
            Map<String, String> files) {}

    /** One file's name, a way to open it, and its size in bytes when known beforehand (-1 when not). */
    public record ScorecardFile(String name, InputStreamSource content, long size) {

        /** A file whose size is known only by reading it, such as one packaged in the jar. */
        public ScorecardFile(String name, InputStreamSource content) {
            this(name, content, -1);
        }
    }

    /** Opens a file's bytes. */
    @FunctionalInterface
    public interface InputStreamSource {
        InputStream open() throws IOException;
    }

    /**
     * The files of {@code directory} or, when that folder does not exist, the copies packaged with the app (with a
     * warning: a folder of one's own is where scorecards are edited).
     */
    public Loaded loadDirectoryOrPackaged(Path directory) {
        if (Files.isDirectory(directory)) {
            log.info("Reading scorecards from {}", directory.toAbsolutePath());
            return loadDirectory(directory);
        }
        log.warn(
                "Scorecard folder {} does not exist; using the scorecards packaged with Cityscore. "
                        + "Set cityscore.scorecards-dir to a folder of your own to edit them.",
                directory.toAbsolutePath());
        return load(packagedFiles());
    }

    private static List<ScorecardFile> packagedFiles() {
        try {
            Resource[] resources =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:scorecards/*.yaml");
            return Arrays.stream(resources)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(resource -> new ScorecardFile(resource.getFilename(), resource::getInputStream))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the packaged scorecards", e);
        }
    }

    public Loaded loadDirectory(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return load(files.filter(ScorecardLoader::isScorecardFile)
                    .sorted()
                    .map(path -> new ScorecardFile(
                            path.getFileName().toString(), () -> Files.newInputStream(path), sizeOf(path)))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list scorecards in " + directory.toAbsolutePath(), e);
        }
    }

    public Loaded load(List<ScorecardFile> files) {
        List<ScorecardDefinition> definitions = new ArrayList<>();
        List<ScorecardProblem> problems = new ArrayList<>();
        Map<String, String> fileByKey = new HashMap<>();
        Map<String, String> sources = new HashMap<>();
        for (ScorecardFile file : files) {
            String text;
            try {
                text = read(file);
            } catch (TooLarge e) {
                problems.add(new ScorecardProblem(
                        file.name(), "", 0, Message.of("scorecard.problem.tooLarge", maxFileSize)));
                continue;
            } catch (IOException e) {
                problems.add(new ScorecardProblem(
                        file.name(), "", 0, Message.of("scorecard.problem.unreadable", e.getMessage())));
                continue;
            }
            ScorecardParser.Outcome outcome = parser.parse(file.name(), new StringReader(text));
            problems.addAll(outcome.problems());
            if (outcome.isValid()) {
                ScorecardDefinition definition = outcome.definition();
                String earlier = fileByKey.putIfAbsent(definition.key(), file.name());
                if (earlier == null) {
                    definitions.add(definition);
                    sources.put(definition.key(), text);
                } else {
                    problems.add(new ScorecardProblem(
                            file.name(),
                            "id",
                            1,
                            Message.of("scorecard.problem.duplicate", definition.id(), definition.version(), earlier)));
                }
            }
        }
        return new Loaded(definitions, problems, Map.copyOf(sources), Map.copyOf(fileByKey));
    }

    /** Reads a file as text (UTF-8 unless a byte-order mark says UTF-16 or UTF-32), never more than the limit. */
    private String read(ScorecardFile file) throws IOException {
        if (file.size() > maxFileSize) {
            throw new TooLarge();
        }
        byte[] bytes;
        try (InputStream in = file.content().open()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileSize + 1));
        }
        if (bytes.length > maxFileSize) {
            throw new TooLarge();
        }
        try (Reader reader = new UnicodeReader(new ByteArrayInputStream(bytes))) {
            StringWriter text = new StringWriter();
            reader.transferTo(text);
            return text.toString();
        }
    }

    private static long sizeOf(Path path) {
        try {
            return Files.size(path);
        } catch (IOException unknown) {
            return -1;
        }
    }

    /** A file over the size limit, refused before (or while) reading it. */
    private static final class TooLarge extends IOException {}

    static boolean isScorecardFile(Path path) {
        String name = path.getFileName().toString();
        return Files.isRegularFile(path) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }
}
