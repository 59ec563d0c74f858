/** People and roles: accounts of admins, trainers, editors and viewers, the cities they work in, and invitations. */
@ApplicationModule(allowedDependencies = {"system", "city", "text"})
package org.cityscore.account;

import org.springframework.modulith.ApplicationModule;
