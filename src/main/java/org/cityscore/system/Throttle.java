package org.cityscore.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failures per key (a username, an address) in a sliding window; at the limit the key is refused for the
 * lockout, whatever it tries. Counted in the database (tables throttle_key and throttle_failure), so that every node
 * of a cluster counts together: failures spread over two nodes lock the key on both. Concurrent failures of one key
 * queue on its throttle_key row, so none is lost. The clock is given, so that tests need not wait.
 */
public final class Throttle {

    private static final int MAX_KEY_LENGTH = 200;
    private static final long CLEAN_EVERY_MILLIS = Duration.ofMinutes(1).toMillis();

    private final String scope;
    private final int limit;
    private final Duration window;
    private final Duration lockout;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final TransactionTemplate separately;
    private final AtomicLong lastCleaned = new AtomicLong();

    /** Failures of keys in {@code scope} (one scope per kind of key and purpose: "sign-in-username"). */
    public Throttle(
            String scope,
            int limit,
            Duration window,
            Duration lockout,
            Clock clock,
            JdbcClient jdbc,
            PlatformTransactionManager transactions) {
        this.scope = scope;
        this.limit = limit;
        this.window = window;
        this.lockout = lockout;
        this.clock = clock;
        this.jdbc = jdbc;
        // a transaction of its own even inside a caller's: a failure counts though the caller's work rolls back
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** How long this key is still refused; empty when it may try. */
    public Optional<Duration> lockedFor(String key) {
        long now = clock.millis();
        return jdbc.sql("select locked_until from throttle_key where scope = ? and throttle_key = ?")
                .params(scope, stored(key))
                .query((row, n) -> row.getObject("locked_until") == null ? 0L : row.getLong("locked_until"))
                .optional()
                .filter(until -> until > now)
                .map(until -> Duration.ofMillis(until - now));
    }

    /** One more failure for this key; the one that reaches the limit starts the lockout. */
    public void fail(String key) {
        String stored = stored(key);
        cleanNowAndThen();
        if (!Boolean.TRUE.equals(separately.execute(status -> count(stored)))) {
            try {
                separately.executeWithoutResult(status -> jdbc.sql(
                                "insert into throttle_key (scope, throttle_key, touched_at) values (?, ?, ?)")
                        .params(scope, stored, clock.millis())
                        .update());
            } catch (DuplicateKeyException anotherNodeWasFaster) {
                // the row is there, which is all that is needed
            }
            separately.execute(status -> count(stored));
        }
    }

    /** Counts a failure under the lock of the key's row; false when the key has no row yet. */
    private boolean count(String key) {
        long now = clock.millis();
        // the update locks the row: a concurrent failure of this key waits here until this one is counted
        if (jdbc.sql("update throttle_key set touched_at = ? where scope = ? and throttle_key = ?")
                        .params(now, scope, key)
                        .update()
                == 0) {
            return false;
        }
        jdbc.sql("delete from throttle_failure where scope = ? and throttle_key = ? and failed_at < ?")
                .params(scope, key, now - window.toMillis())
                .update();
        jdbc.sql("insert into throttle_failure (scope, throttle_key, failed_at) values (?, ?, ?)")
                .params(scope, key, now)
                .update();
        long failures = jdbc.sql("select count(*) from throttle_failure where scope = ? and throttle_key = ?")
                .params(scope, key)
                .query(Long.class)
                .single();
        if (failures >= limit) {
            jdbc.sql("update throttle_key set locked_until = ? where scope = ? and throttle_key = ?")
                    .params(now + lockout.toMillis(), scope, key)
                    .update();
            jdbc.sql("delete from throttle_failure where scope = ? and throttle_key = ?")
                    .params(scope, key)
                    .update();
        }
        return true;
    }

    /** Forgets this key's failures (not a running lockout). */
    public void clear(String key) {
        String stored = stored(key);
        separately.executeWithoutResult(status -> {
            jdbc.sql("delete from throttle_failure where scope = ? and throttle_key = ?")
                    .params(scope, stored)
                    .update();
            jdbc.sql("delete from throttle_key where scope = ? and throttle_key = ?"
                            + " and (locked_until is null or locked_until <= ?)")
                    .params(scope, stored, clock.millis())
                    .update();
        });
    }

    /** At most once a minute per node: failures older than the window and keys neither locked nor failing go. */
    private void cleanNowAndThen() {
        long now = clock.millis();
        long last = lastCleaned.get();
        if (now - last < CLEAN_EVERY_MILLIS && now >= last || !lastCleaned.compareAndSet(last, now)) {
            return;
        }
        long start = now - window.toMillis();
        separately.executeWithoutResult(status -> {
            jdbc.sql("delete from throttle_failure where scope = ? and failed_at < ?")
                    .params(scope, start)
                    .update();
            jdbc.sql("delete from throttle_key where scope = ? and touched_at < ?"
                            + " and (locked_until is null or locked_until <= ?)")
                    .params(scope, start, now)
                    .update();
        });
    }

    /** The key as stored: a long one (a username of any length can be tried) by its SHA-256. */
    private static String stored(String key) {
        if (key.length() <= MAX_KEY_LENGTH) {
            return key;
        }
        try {
            return "sha256:"
                    + HexFormat.of()
                            .formatHex(
                                    MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
