package org.cityscore.scorecard;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cityscore.text.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The scorecards this Cityscore knows: read at start-up from {@code cityscore.scorecards-dir} (or, when that
 * folder does not exist, from the copies packaged with the app), with the problems of the files that failed.
 */
@Component
public class ScorecardCatalog {

    private static final Logger log = LoggerFactory.getLogger(ScorecardCatalog.class);

    private final List<ScorecardDefinition> definitions;
    private final List<ScorecardProblem> problems;
    private final Map<String, String> sources;
    private final Map<String, ScorecardDefinition> snapshots = new ConcurrentHashMap<>();

    ScorecardCatalog(
            @Value("${cityscore.scorecards-dir:scorecards}") Path directory,
            @Value("${cityscore.scorecards.max-file-size:2MB}") DataSize maxFileSize,
            Messages messages) {
        ScorecardLoader.Loaded loaded = load(directory, new ScorecardLoader(maxFileSize.toBytes()));
        this.definitions = loaded.definitions().stream()
                .sorted(Comparator.comparing(ScorecardDefinition::id)
                        .thenComparing(ScorecardDefinition::version, VersionOrder.INSTANCE))
                .toList();
        this.problems = loaded.problems();
        this.sources = loaded.sources();
        definitions.forEach(definition -> snapshots.put(sources.get(definition.key()), definition));
        log.info(
                "Loaded {} scorecard(s): {}",
                definitions.size(),
                definitions.stream().map(ScorecardDefinition::key).toList());
        problems.forEach(
                problem -> log.warn("Scorecard problem: {}: {}", problem.where(), messages.english(problem.text())));
    }

    /** The newest version of a scorecard. */
    public Optional<ScorecardDefinition> find(String id) {
        return definitions.stream()
                .filter(definition -> definition.id().equals(id))
                .reduce((older, newer) -> newer);
    }

    public Optional<ScorecardDefinition> find(String id, String version) {
        return definitions.stream()
                .filter(definition ->
                        definition.id().equals(id) && definition.version().equals(version))
                .findFirst();
    }

    /** The newest version of every scorecard, by id. */
    public List<ScorecardDefinition> current() {
        return definitions.stream()
                .map(ScorecardDefinition::id)
                .distinct()
                .map(id -> find(id).orElseThrow())
                .toList();
    }

    public List<ScorecardProblem> problems() {
        return problems;
    }

    /** The file text a definition was read from: what an assessment stores as its snapshot. */
    public String snapshotOf(ScorecardDefinition definition) {
        return sources.get(definition.key());
    }

    /**
     * The definition an assessment was made with, read back from its snapshot. Parsed once per distinct text;
     * a snapshot was valid when it was taken, so a problem here means the stored text was damaged.
     */
    public ScorecardDefinition fromSnapshot(String snapshot) {
        return snapshots.computeIfAbsent(snapshot, text -> {
            ScorecardParser.Outcome outcome = new ScorecardParser().parse("snapshot", new StringReader(text));
            if (!outcome.isValid()) {
                throw new IllegalStateException("A stored scorecard snapshot no longer reads: " + outcome.problems());
            }
            return outcome.definition();
        });
    }

    private static ScorecardLoader.Loaded load(Path directory, ScorecardLoader loader) {
        if (Files.isDirectory(directory)) {
            log.info("Reading scorecards from {}", directory.toAbsolutePath());
            return loader.loadDirectory(directory);
        }
        log.warn(
                "Scorecard folder {} does not exist; using the scorecards packaged with Cityscore. "
                        + "Set cityscore.scorecards-dir to a folder of your own to edit them.",
                directory.toAbsolutePath());
        return loader.load(packagedFiles());
    }

    private static List<ScorecardLoader.ScorecardFile> packagedFiles() {
        try {
            Resource[] resources =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:scorecards/*.yaml");
            return Arrays.stream(resources)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(resource ->
                            new ScorecardLoader.ScorecardFile(resource.getFilename(), resource::getInputStream))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the packaged scorecards", e);
        }
    }
}
