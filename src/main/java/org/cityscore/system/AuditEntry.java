package org.cityscore.system;

import java.time.Instant;

/** One line of the audit log: when, who (null for someone not signed in), what, to what, in which city, and how. */
public record AuditEntry(Instant at, String user, String action, String target, Long cityId, String detail) {}
