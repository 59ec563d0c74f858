/** Publication: public pages of published final assessments, open data (CSV, JSON, dictionary), benchmarks of at least five cities. */
@ApplicationModule(
        allowedDependencies = {"report", "comparison", "assessment", "scorecard", "scoring", "system", "text"})
package org.cityscore.publication;

import org.springframework.modulith.ApplicationModule;
