/** Excel workbooks out (template, filled) and in (import, the official UNDRR workbook); the only user of Apache POI. */
@ApplicationModule(allowedDependencies = {"assessment", "workshop", "scorecard", "scoring", "system", "text"})
package org.cityscore.excel;

import org.springframework.modulith.ApplicationModule;
