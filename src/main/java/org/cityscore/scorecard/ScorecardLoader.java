package org.cityscore.scorecard;

import org.yaml.snakeyaml.reader.UnicodeReader;

import java.io.IOException;
import java.io.InputStream;
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

    /** The scorecards that loaded, and every problem of the files that did not. */
    public record Loaded(List<ScorecardDefinition> definitions, List<ScorecardProblem> problems) {
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
        for (ScorecardFile file : files) {
            ScorecardParser.Outcome outcome = parse(file);
            problems.addAll(outcome.problems());
            if (outcome.isValid()) {
                ScorecardDefinition definition = outcome.definition();
                String earlier = fileByKey.putIfAbsent(definition.key(), file.name());
                if (earlier == null) {
                    definitions.add(definition);
                } else {
                    problems.add(new ScorecardProblem(file.name(), "id", 1, "scorecard " + definition.id() + " version "
                            + definition.version() + " is already defined in " + earlier + "; change the id or the version"));
                }
            }
        }
        return new Loaded(definitions, problems);
    }

    private ScorecardParser.Outcome parse(ScorecardFile file) {
        try (InputStream in = file.content().open()) {
            return parser.parse(file.name(), new UnicodeReader(in));
        } catch (IOException e) {
            return new ScorecardParser.Outcome(null, List.of(new ScorecardProblem(file.name(), "", 0,
                    "cannot read the file: " + e.getMessage())));
        }
    }

    static boolean isScorecardFile(Path path) {
        String name = path.getFileName().toString();
        return Files.isRegularFile(path) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }
}
