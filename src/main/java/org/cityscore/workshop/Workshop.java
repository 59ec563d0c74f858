package org.cityscore.workshop;

import java.time.Instant;

/** A workshop on one assessment: participants join with {@code joinCode} while it is open. */
public record Workshop(
        long id, long assessmentId, String joinCode, boolean open, Instant createdAt, Instant closedAt) {}
