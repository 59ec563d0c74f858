/** PDF reports of an assessment and of a comparison; the only user of OpenPDF. */
@ApplicationModule(allowedDependencies = {"action", "assessment", "workshop", "scorecard", "scoring", "system", "text"})
package org.cityscore.report;

import org.springframework.modulith.ApplicationModule;
