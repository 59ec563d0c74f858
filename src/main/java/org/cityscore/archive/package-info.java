/**
 * Moving data: a backup of the whole embedded database, and the archive of one assessment (with its history and its
 * workshops) that another Cityscore imports. It reads and writes the assessment and workshop tables itself, because
 * an archive must keep the versions, times and authors that the features' services assign anew.
 */
@ApplicationModule(
        allowedDependencies = {"assessment", "workshop", "city", "excel", "scorecard", "scoring", "system", "text"})
package org.cityscore.archive;

import org.springframework.modulith.ApplicationModule;
