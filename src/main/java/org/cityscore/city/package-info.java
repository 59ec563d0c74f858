/** Cities as records: a name, a country, names in the supported languages and aliases, the one rule that matches a typed name to its city, and merging. */
@ApplicationModule(allowedDependencies = {"system", "text"})
package org.cityscore.city;

import org.springframework.modulith.ApplicationModule;
