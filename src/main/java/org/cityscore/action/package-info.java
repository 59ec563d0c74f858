/** Action plans of a city: actions aimed at indicators of a scorecard, their owner, lead, due date, status and updates. */
@ApplicationModule(allowedDependencies = {"assessment", "city", "scorecard", "system", "text"})
package org.cityscore.action;

import org.springframework.modulith.ApplicationModule;
