/** Scorecards as data: the YAML definitions, their loading and validation, the catalog and the scorecard pages and API. */
@ApplicationModule(allowedDependencies = {"system", "text"})
package org.cityscore.scorecard;

import org.springframework.modulith.ApplicationModule;
