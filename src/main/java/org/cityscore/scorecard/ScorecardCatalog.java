package org.cityscore.scorecard;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.cityscore.text.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The scorecards this Cityscore serves: the published versions in the database, the same on every node. At start
 * each node adds the files of its {@code cityscore.scorecards-dir} (or, when that folder does not exist, the copies
 * packaged with the app) that the database lacks; the problems of the files that failed are this node's own. The
 * list is read again when asked for and at most once per {@code cityscore.scorecards.refresh-interval}, so a
 * version another node added appears here without a restart. Parsed definitions are kept by their text's hash.
 */
@Component
public class ScorecardCatalog {

    private static final Logger log = LoggerFactory.getLogger(ScorecardCatalog.class);

    /** The published versions as last read, and their definitions, sorted by id and then version. */
    private record State(
            List<ScorecardVersions.Row> rows,
            List<ScorecardDefinition> definitions,
            Map<String, String> texts,
            List<ScorecardProblem> problems) {}

    /** A text read from the database, parsed once: its definition, or its problems when it no longer reads. */
    private record Parsed(ScorecardDefinition definition, String text, List<ScorecardProblem> problems) {}

    private final ScorecardVersions versions;
    private final Messages messages;
    private final List<ScorecardProblem> fileProblems;
    private final long refreshNanos;
    private final Map<String, Parsed> parsedByHash = new ConcurrentHashMap<>();
    private final Map<String, ScorecardDefinition> snapshots = new ConcurrentHashMap<>();
    private final Map<ScorecardDefinition, String> textOf = Collections.synchronizedMap(new IdentityHashMap<>());
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile State state;
    private volatile long checkedAt;

    ScorecardCatalog(
            @Value("${cityscore.scorecards-dir:scorecards}") Path directory,
            @Value("${cityscore.scorecards.max-file-size:2MB}") DataSize maxFileSize,
            @Value("${cityscore.scorecards.refresh-interval:1s}") Duration refreshInterval,
            ScorecardVersions versions,
            Messages messages) {
        this.versions = versions;
        this.messages = messages;
        this.refreshNanos = refreshInterval.toNanos();
        ScorecardLoader.Loaded loaded = new ScorecardLoader(maxFileSize.toBytes()).loadDirectoryOrPackaged(directory);
        this.fileProblems = loaded.problems();
        fileProblems.forEach(
                problem -> log.warn("Scorecard problem: {}: {}", problem.where(), messages.english(problem.text())));
        new ScorecardSeeding(versions, Clock.systemUTC()).seed(loaded);
        loaded.definitions()
                .forEach(definition -> remember(definition, loaded.sources().get(definition.key())));
        checkedAt = System.nanoTime();
        state = read(versions.rows());
        log.info(
                "Serving {} scorecard(s): {}",
                state.definitions().size(),
                state.definitions().stream().map(ScorecardDefinition::key).toList());
    }

    /** The newest version of a scorecard. */
    public Optional<ScorecardDefinition> find(String id) {
        return fresh().definitions().stream()
                .filter(definition -> definition.id().equals(id))
                .reduce((older, newer) -> newer);
    }

    public Optional<ScorecardDefinition> find(String id, String version) {
        return fresh().definitions().stream()
                .filter(definition ->
                        definition.id().equals(id) && definition.version().equals(version))
                .findFirst();
    }

    /** The newest version of every scorecard, by id. */
    public List<ScorecardDefinition> current() {
        List<ScorecardDefinition> definitions = fresh().definitions();
        return definitions.stream()
                .map(ScorecardDefinition::id)
                .distinct()
                .map(id -> definitions.stream()
                        .filter(definition -> definition.id().equals(id))
                        .reduce((older, newer) -> newer)
                        .orElseThrow())
                .toList();
    }

    /** The newest version of every scorecard that takes new assessments: not retired. */
    public List<ScorecardDefinition> open() {
        return current().stream()
                .filter(definition -> !isRetired(definition.id()))
                .toList();
    }

    /** The ids of the retired scorecards. */
    public Set<String> retired() {
        return fresh().rows().stream()
                .filter(ScorecardVersions.Row::retired)
                .map(ScorecardVersions.Row::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether a scorecard is retired: it takes no new assessments; its old ones stay readable and comparable. */
    public boolean isRetired(String id) {
        return fresh().rows().stream().anyMatch(row -> row.id().equals(id) && row.retired());
    }

    /** Reads the published versions again now, on this node: after an upload, a retirement or a restoration. */
    void refresh() {
        checkedAt = System.nanoTime() - refreshNanos;
        fresh();
    }

    /** The problems of this node's files that failed, and of stored texts that no longer read. */
    public List<ScorecardProblem> problems() {
        List<ScorecardProblem> stored = fresh().problems();
        if (stored.isEmpty()) {
            return fileProblems;
        }
        List<ScorecardProblem> all = new ArrayList<>(fileProblems);
        all.addAll(stored);
        return List.copyOf(all);
    }

    /** The text a definition was read from: what an assessment stores as its snapshot. */
    public String snapshotOf(ScorecardDefinition definition) {
        String text = textOf.get(definition);
        return text != null ? text : fresh().texts().get(definition.key());
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

    /** The state, read again first when the interval has passed (by one caller; the others use the last one). */
    private State fresh() {
        if (System.nanoTime() - checkedAt >= refreshNanos && refreshing.compareAndSet(false, true)) {
            try {
                List<ScorecardVersions.Row> rows = versions.rows();
                if (!rows.equals(state.rows())) {
                    state = read(rows);
                    log.info("The published scorecards changed; serving {} version(s)", rows.size());
                }
            } catch (DataAccessException e) {
                log.warn("Cannot read the published scorecards; serving the last ones read: {}", e.getMessage());
            } finally {
                checkedAt = System.nanoTime();
                refreshing.set(false);
            }
        }
        return state;
    }

    private State read(List<ScorecardVersions.Row> rows) {
        List<ScorecardDefinition> definitions = new ArrayList<>();
        Map<String, String> texts = new HashMap<>();
        List<ScorecardProblem> problems = new ArrayList<>();
        for (ScorecardVersions.Row row : rows) {
            Parsed parsed = parsedByHash.get(row.sha256());
            if (parsed == null) {
                Optional<String> text = versions.text(row.sha256());
                if (text.isEmpty()) {
                    continue;
                }
                parsed = parse(row, text.get());
                parsedByHash.put(row.sha256(), parsed);
            }
            problems.addAll(parsed.problems());
            if (parsed.definition() != null) {
                definitions.add(parsed.definition());
                texts.put(parsed.definition().key(), parsed.text());
            }
        }
        definitions.sort(Comparator.comparing(ScorecardDefinition::id)
                .thenComparing(ScorecardDefinition::version, VersionOrder.INSTANCE));
        return new State(List.copyOf(rows), List.copyOf(definitions), Map.copyOf(texts), List.copyOf(problems));
    }

    private Parsed parse(ScorecardVersions.Row row, String text) {
        ScorecardParser.Outcome outcome = new ScorecardParser().parse(row.fileName(), new StringReader(text));
        if (!outcome.isValid()) {
            outcome.problems()
                    .forEach(problem -> log.warn(
                            "Stored scorecard {} {} no longer reads: {}: {}",
                            row.id(),
                            row.version(),
                            problem.where(),
                            messages.english(problem.text())));
            return new Parsed(null, text, outcome.problems());
        }
        return remember(outcome.definition(), text);
    }

    /** A definition read from a file or the database, kept by its text's hash: the same text is not parsed again. */
    private Parsed remember(ScorecardDefinition definition, String text) {
        Parsed parsed = new Parsed(definition, text, List.of());
        parsedByHash.put(ScorecardVersions.sha256(text), parsed);
        textOf.put(definition, text);
        return parsed;
    }
}
