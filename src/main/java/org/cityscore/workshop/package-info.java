/** Workshops: participants answer on their phones, the trainer sees their answers and records the agreed level. */
@ApplicationModule(allowedDependencies = {"assessment", "scorecard", "scoring", "system", "text"})
package org.cityscore.workshop;

import org.springframework.modulith.ApplicationModule;
