package org.cityscore.workshop;

import java.time.Instant;

/** The level a trainer recorded as the city's answer to one indicator, with the reason. */
public record Agreement(
        String indicatorCode,
        Integer level,
        boolean notApplicable,
        String rationale,
        String agreedBy,
        Instant agreedAt) {}
