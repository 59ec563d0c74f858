package org.cityscore.scorecard;

import java.time.Clock;
import java.util.List;
import org.cityscore.system.Audit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retires a scorecard (every version of it) and restores it: a retired scorecard takes no new assessments, while the
 * assessments made with it stay readable and comparable, since they keep the version and text they were made with.
 */
@Component
class ScorecardRetirement {

    /** A scorecard's state after a retirement or a restoration. */
    record State(String id, boolean retired) {}

    private final ScorecardVersions versions;
    private final ScorecardCatalog catalog;
    private final Audit audit;
    private final Clock clock = Clock.systemUTC();

    ScorecardRetirement(ScorecardVersions versions, ScorecardCatalog catalog, Audit audit) {
        this.versions = versions;
        this.catalog = catalog;
        this.audit = audit;
    }

    @Transactional
    State retire(String id, boolean retired) {
        if (versions.setRetired(id, retired, clock.instant()) == 0) {
            throw ScorecardApiController.notFound(id, null);
        }
        audit.record(retired ? "scorecard.retire" : "scorecard.restore", "scorecard/" + id, null, null);
        catalog.refresh();
        return new State(id, retired);
    }

    List<ScorecardVersions.History> history(String id) {
        return versions.history(id);
    }
}
