package org.cityscore.workshop;

import java.time.Instant;

/** Someone who joined a workshop with its code: a name and a bureau, no account. */
public record Participant(
        long id, long workshopId, String name, String department, Instant joinedAt, Long groupId, boolean anonymous) {}
