/** Comparisons of assessments of one scorecard over the years and across cities: the city page, the compare view, CSV and PDF. */
@ApplicationModule(
        allowedDependencies = {"report", "action", "assessment", "city", "scorecard", "scoring", "system", "text"})
package org.cityscore.comparison;

import org.springframework.modulith.ApplicationModule;
