package org.cityscore.system;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/**
 * Sign-ins of staff (form and HTTP Basic) in the audit log. HTTP Basic signs in on every request, so a success is
 * logged at most once per person per 15 minutes, whichever way they came: one rule for the form and the API, and
 * the log stays readable. Whether it was, the audit log itself tells, so that all nodes of a cluster follow the rule
 * together (this node remembers only what it saw, to spare the query; two nodes signing in the same person in the
 * same instant may both log it). Every failure is logged, the attempted username as the target; a refusal while locked as
 * {@code sign-in.locked}. A failure because the database is down is not logged: it could not be written either; and
 * an entry that cannot be written (a full disk) is only logged to the console, so that reading still works then.
 */
@Configuration(proxyBeanMethods = false)
class SignInAudit {

    static final Duration QUIET = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(SignInAudit.class);

    private final Audit audit;
    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();
    // one entry per person who signed in: bounded by the accounts
    private final Map<String, Instant> lastLogged = new ConcurrentHashMap<>();

    SignInAudit(Audit audit, JdbcClient jdbc) {
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** Spring's publisher, with a refusal while locked published as a locked failure (else it goes unannounced). */
    @Bean
    static AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(Map.of(SignInLocked.class, AuthenticationFailureLockedEvent.class));
        return publisher;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken signedIn)
                || !Reader.isStaff(signedIn)) {
            return;
        }
        String username = signedIn.getName();
        Instant now = clock.instant();
        Instant last = lastLogged.get(username);
        if (last != null && last.plus(QUIET).isAfter(now)) {
            return;
        }
        Instant logged = loggedSince(username, now.minus(QUIET));
        if (logged != null) {
            lastLogged.put(username, logged);
            return;
        }
        lastLogged.put(username, now);
        write(username, "sign-in", username);
    }

    /** The last sign-in of this person in the audit log since then, by any node; null when none (or unreadable). */
    private Instant loggedSince(String username, Instant since) {
        try {
            Timestamp last = jdbc
                    .sql("select max(at) from audit_entry where at > ? and username = ? and action = 'sign-in'")
                    .params(Timestamp.from(since), username)
                    .query((row, n) -> row.getTimestamp(1))
                    .list()
                    .stream()
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(null);
            return last == null ? null : last.toInstant();
        } catch (DataAccessException unreadable) {
            return null;
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt)
                || event instanceof AuthenticationFailureServiceExceptionEvent) {
            return;
        }
        String action = event instanceof AuthenticationFailureLockedEvent ? "sign-in.locked" : "sign-in.failed";
        write(null, action, attempt.getName());
    }

    private void write(String user, String action, String target) {
        try {
            audit.record(user, action, target, null, null);
        } catch (DataAccessException unwritable) {
            log.warn("The audit log could not record {} of {}: {}", action, target, unwritable.getMessage());
        }
    }
}
