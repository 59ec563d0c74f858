package org.cityscore.scorecard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The scorecards in the repository's {@code scorecards/} folder, for tests that check real definitions. */
public final class ShippedScorecards {

    public static final Path FOLDER = Path.of("scorecards");
    private static ScorecardLoader.Loaded loaded;

    private ShippedScorecards() {}

    public static synchronized ScorecardLoader.Loaded loaded() {
        if (loaded == null) {
            loaded = new ScorecardLoader().loadDirectory(FOLDER);
        }
        return loaded;
    }

    /** A fresh temporary folder holding a copy of every shipped scorecard file, for a test to add a file to. */
    public static Path copy() throws IOException {
        Path folder = Files.createTempDirectory("cityscore-scorecards");
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        return folder;
    }

    public static List<ScorecardDefinition> all() {
        return loaded().definitions();
    }

    public static ScorecardDefinition get(String id) {
        return all().stream()
                .filter(card -> card.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "scorecards/ has no scorecard " + id + "; problems: " + loaded().problems()));
    }
}
