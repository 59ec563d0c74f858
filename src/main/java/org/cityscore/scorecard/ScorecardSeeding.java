package org.cityscore.scorecard;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds a node's scorecard files to the published versions at start: every id and version the database lacks, so a
 * restart adds nothing and a newer version goes in beside the older ones (which stay for the assessments made with
 * them). A file whose text changed at the same version replaces the stored text, as editing the file and restarting
 * always did; assessments keep the snapshot they were made with.
 */
final class ScorecardSeeding {

    private static final Logger log = LoggerFactory.getLogger(ScorecardSeeding.class);

    private final ScorecardVersions versions;
    private final Clock clock;

    ScorecardSeeding(ScorecardVersions versions, Clock clock) {
        this.versions = versions;
        this.clock = clock;
    }

    /** Seeds every definition that loaded; returns the keys ({@code id@version}) it added. */
    List<String> seed(ScorecardLoader.Loaded loaded) {
        List<String> added = new ArrayList<>();
        for (ScorecardDefinition definition : loaded.definitions()) {
            String file = loaded.files().get(definition.key());
            ScorecardVersions.Seeded seeded =
                    versions.seedFromFile(definition, file, loaded.sources().get(definition.key()), clock.instant());
            switch (seeded) {
                case ADDED -> added.add(definition.key());
                case REPLACED ->
                    log.warn(
                            "Scorecard file {} changed without a new version: {} now serves its text "
                                    + "(assessments keep the text they were made with; give a new version instead)",
                            file,
                            definition.key());
                case KEPT ->
                    log.warn(
                            "Scorecard file {} is not used: {} was uploaded with a different text",
                            file,
                            definition.key());
                case UNCHANGED -> {}
            }
        }
        if (!added.isEmpty()) {
            log.info("Published {} scorecard version(s) from files: {}", added.size(), added);
        }
        return added;
    }
}
