/** The pure scoring core: (scorecard, answers) to indicator, category and overall results; no Spring, no I/O. */
@ApplicationModule(allowedDependencies = {"scorecard", "text"})
package org.cityscore.scoring;

import org.springframework.modulith.ApplicationModule;
