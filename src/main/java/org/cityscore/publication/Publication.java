package org.cityscore.publication;

import java.time.Instant;

/** Whether an assessment is published, and when and by whom (both null when it is not). */
record Publication(long assessmentId, boolean published, Instant publishedAt, String publishedBy) {

    static Publication none(long assessmentId) {
        return new Publication(assessmentId, false, null, null);
    }
}
