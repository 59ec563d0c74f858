package org.cityscore.assessment;

import java.time.Instant;

/** One entry of a response's history: who changed it when, from what to what. */
public record ResponseChange(
        String indicatorCode,
        int version,
        Instant changedAt,
        String changedBy,
        ResponseValue oldValue,
        ResponseValue newValue) {}
