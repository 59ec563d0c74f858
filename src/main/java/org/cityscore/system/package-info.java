/** Shared web and security infrastructure: API errors, security, error pages, the data folder, heavy-work limits, HTML ids and text limits. */
@ApplicationModule(allowedDependencies = {"text"})
package org.cityscore.system;

import org.springframework.modulith.ApplicationModule;
