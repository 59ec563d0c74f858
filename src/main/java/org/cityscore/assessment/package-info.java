/** Assessments of a city: entry, storage with history, results, finalize and reopen, pages and JSON API. */
@ApplicationModule(allowedDependencies = {"city", "scorecard", "scoring", "system", "text"})
package org.cityscore.assessment;

import org.springframework.modulith.ApplicationModule;
