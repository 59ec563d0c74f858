/** Review of an assessment: submit, return with comments on indicators and the city's replies, approve. */
@ApplicationModule(allowedDependencies = {"assessment", "scorecard", "system", "text"})
package org.cityscore.review;

import org.springframework.modulith.ApplicationModule;
