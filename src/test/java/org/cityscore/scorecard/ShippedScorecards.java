package org.cityscore.scorecard;

import java.nio.file.Path;
import java.util.List;

/** The scorecards in the repository's {@code scorecards/} folder, for tests that check real definitions. */
public final class ShippedScorecards {

    public static final Path FOLDER = Path.of("scorecards");
    private static ScorecardLoader.Loaded loaded;

    private ShippedScorecards() {
    }

    public static synchronized ScorecardLoader.Loaded loaded() {
        if (loaded == null) {
            loaded = new ScorecardLoader().loadDirectory(FOLDER);
        }
        return loaded;
    }

    public static List<ScorecardDefinition> all() {
        return loaded().definitions();
    }

    public static ScorecardDefinition get(String id) {
        return all().stream().filter(card -> card.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("scorecards/ has no scorecard " + id + "; problems: " + loaded().problems()));
    }
}
