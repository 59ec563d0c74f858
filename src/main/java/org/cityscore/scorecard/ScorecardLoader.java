package org.cityscore.scorecard;

import org.yaml.snakeyaml.reader.UnicodeReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Loads every scorecard file of a folder; a broken file is reported and skipped, the others still load. */
public final class ScorecardLoader {

    private final ScorecardParser parser = new ScorecardParser();

    /**
     * The scorecards that loaded, and every problem of the files that did not. {@code sources} holds each loaded
     * file's text by {@link ScorecardDefinition#key()}: assessments keep it as the snapshot they were made with.
     */
    public record Loaded(List<ScorecardDefinition> definitions, List<ScorecardProblem> problems, Map<String, String> sources) {
    }

    /** One file's name and a way to open it, from a folder or from the classpath. */
    public record ScorecardFile(String name, InputStreamSource content) {
    }

    /** Opens a file's bytes. */
    @FunctionalInterface
    public interface InputStreamSource {
        InputStream open() throws IOException;
    }

    public Loaded loadDirectory(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return load(files.filter(ScorecardLoader::isScorecardFile).sorted()
                    .map(path -> new ScorecardFile(path.getFileName().toString(), () -> Files.newInputStream(path)))
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
            } catch (IOException e) {
                problems.add(new ScorecardProblem(file.name(), "", 0, "cannot read the file: " + e.getMessage()));
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
                    problems.add(new ScorecardProblem(file.name(), "id", 1, "scorecard " + definition.id() + " version "
                            + definition.version() + " is already defined in " + earlier + "; change the id or the version"));
                }
            }
        }
        return new Loaded(definitions, problems, Map.copyOf(sources));
    }

    /** Reads a file as text: UTF-8 unless a byte-order mark says UTF-16 or UTF-32. */
    private static String read(ScorecardFile file) throws IOException {
        try (InputStream in = file.content().open(); Reader reader = new UnicodeReader(in)) {
            StringWriter text = new StringWriter();
            reader.transferTo(text);
            return text.toString();
        }
    }

    static boolean isScorecardFile(Path path) {
        String name = path.getFileName().toString();
        return Files.isRegularFile(path) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }
}
