/** Excel workbooks out (template, filled, the action register) and in (import, the official UNDRR workbook, the action register); the only user of Apache POI. */
@ApplicationModule(allowedDependencies = {"action", "assessment", "workshop", "scorecard", "scoring", "system", "text"})
package org.cityscore.excel;

import org.springframework.modulith.ApplicationModule;
