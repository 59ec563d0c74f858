/** User-facing texts as values (a code and its arguments), the supported languages, and their resolution in the reader's language; usable by every package. */
@ApplicationModule(allowedDependencies = {})
package org.cityscore.text;

import org.springframework.modulith.ApplicationModule;
