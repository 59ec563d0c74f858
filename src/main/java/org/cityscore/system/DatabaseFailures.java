package org.cityscore.system;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;

/**
 * Failures of the database itself rather than of one request: a full disk, read-only files, a database H2 closed
 * after an I/O error, no connection. They are logged once per incident with the data folder and what to do, never
 * with a stack trace per request.
 */
@Component
public class DatabaseFailures {

    private static final Logger log = LoggerFactory.getLogger(DatabaseFailures.class);

    /** Failures closer together than this belong to one incident; a longer one is reminded of at this interval. */
    private static final Duration INCIDENT_GAP = Duration.ofMinutes(5);

    /**
     * H2's error codes for an unusable database: 90028/90031 I/O error, 90030 file corrupted, 90097 read only,
     * 90098 closed (after an I/O error H2 closes the database), 90100 no disk space, 90121 closed at shutdown,
     * 90020 opened by another process.
     */
    private static final Set<Integer> H2_CODES = Set.of(90028, 90031, 90030, 90097, 90098, 90100, 90121, 90020);

    /** SQL states of the same, any driver: connection exceptions (08), PostgreSQL's disk full and shutdown. */
    private static final Set<String> STATES = Set.of("53100", "57P01", "57P02", "57P03", "25006");

    private final String where;
    private Instant incidentStart;
    private Instant lastFailure;
    private Instant lastLogged;
    private long refused;

    DatabaseFailures(Environment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        String dataDir = environment.getProperty("cityscore.data-dir", "./data");
        where = url.startsWith("jdbc:h2:file:")
                ? "the data folder " + Path.of(dataDir).toAbsolutePath().normalize()
                : "the database " + url.replaceAll("[?;].*", "");
    }

    /** Whether this exception, or one of its causes, says the database cannot be used at all. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof SQLException sql && isResourceFailure(sql)) {
                return true;
            }
        }
        return false;
    }

    static boolean isResourceFailure(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return e instanceof SQLTransientConnectionException
                || e instanceof SQLNonTransientConnectionException
                || H2_CODES.contains(e.getErrorCode())
                || state.startsWith("08")
                || STATES.contains(state)
                || failedInputOutput(e);
    }

    /** H2 reports a failed write of its file (such as a full disk at commit) as a general error caused by it. */
    private static boolean failedInputOutput(SQLException e) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof IOException || cause.getClass().getName().equals("org.h2.mvstore.MVStoreException")) {
                return true;
            }
        }
        return false;
    }

    /** Logs the failure at ERROR when an incident starts (and every few minutes while it lasts), else counts it. */
    public void report(Throwable failure) {
        Instant now = Instant.now();
        String message;
        synchronized (this) {
            refused++;
            boolean newIncident =
                    lastFailure == null || Duration.between(lastFailure, now).compareTo(INCIDENT_GAP) > 0;
            lastFailure = now;
            if (newIncident) {
                incidentStart = now;
                refused = 1;
            } else if (Duration.between(lastLogged, now).compareTo(INCIDENT_GAP) < 0) {
                log.debug("Database still unavailable", failure);
                return;
            }
            lastLogged = now;
            // not user-facing: the operator's log line, in English like every log line
            message = newIncident
                    ? "The database cannot be used, so Cityscore answers 503 (try again later) to whatever needs it: "
                            + rootMessage(failure)
                            + ". Look at " + where
                            + ": free space on its disk, check that the folder and its files are writable by the user"
                            + " running Cityscore and not on a read-only mount. Cityscore works again by itself once they are; no restart is needed."
                    : "The database is still unavailable since " + incidentStart + " (" + refused
                            + " requests answered 503): " + rootMessage(failure) + ". Look at " + where + ".";
        }
        log.error(message);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
