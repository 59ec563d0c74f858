package org.cityscore.system;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** One line of the audit log: when, who (null for someone not signed in), what, to what, in which city, and how. */
public record AuditEntry(Instant at, String user, String action, String target, Long cityId, String detail) {

    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    /** "2026-12-02 17:52:51", in UTC, for the page; the API gives {@code at} in full. */
    @JsonIgnore
    public String when() {
        return SECONDS.format(at);
    }
}
