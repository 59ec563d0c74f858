package org.cityscore.system;

import java.time.Instant;

/** A personal API token as its owner sees it in the list: never the secret, which is shown once at creation. */
public record ApiToken(long id, String name, Instant createdAt, Instant lastUsedAt) {

    /** A token just created, with its secret: the only time anyone sees it. */
    public record Created(long id, String name, String token, Instant createdAt) {}
}
