package org.cityscore.assessment;

import java.time.Instant;

/**
 * A reviewer's comment on one indicator, with the city's reply (null until there is one); {@code open} while the city
 * may still reply, that is while the assessment is the draft it was returned as.
 */
public record ReviewComment(
        String indicatorCode,
        String comment,
        String reviewer,
        Instant commentedAt,
        String reply,
        String repliedBy,
        Instant repliedAt,
        boolean open) {

    /** The same comment, open to replies or not. */
    public ReviewComment withOpen(boolean replying) {
        return new ReviewComment(indicatorCode, comment, reviewer, commentedAt, reply, repliedBy, repliedAt, replying);
    }
}
