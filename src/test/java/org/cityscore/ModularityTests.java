package org.cityscore;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The feature packages depend on each other one way only, as docs/architecture describes. */
class ModularityTests {

    @Test
    void featurePackagesHaveNoCycles() {
        ApplicationModules.of(CityscoreApplication.class).verify();
    }
}
