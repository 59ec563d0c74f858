package org.cityscore.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Failures in a sliding window lock a key for a while; the lock and old failures pass with time; concurrent failures
 * are all counted. On the app's tables in an in-memory database (H2; PostgreSQL in {@link SharedStateTest}).
 */
class ThrottleTest {

    static final DataSource DATABASE = migrated("jdbc:h2:mem:throttle-test;DB_CLOSE_DELAY=-1", "sa", "");

    private Instant now = Instant.parse("2026-12-02T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final String scope = "test-" + UUID.randomUUID().toString().substring(0, 8);
    private final Throttle throttle = on(DATABASE, scope, 5, clock);

    /** A database with the app's tables, as Flyway makes them. */
    static DataSource migrated(String url, String user, String password) {
        DataSource database = new DriverManagerDataSource(url, user, password);
        Flyway.configure().dataSource(database).load().migrate();
        return database;
    }

    static Throttle on(DataSource database, String scope, int limit, Clock clock) {
        return new Throttle(
                scope,
                limit,
                Duration.ofMinutes(15),
                Duration.ofMinutes(15),
                clock,
                JdbcClient.create(database),
                new DataSourceTransactionManager(database));
    }

    /** Failures of one key from many threads at once: each is counted, the one reaching the limit locks. */
    static void concurrentFailuresAreAllCounted(DataSource database) throws Exception {
        String scope = "race-" + UUID.randomUUID().toString().substring(0, 8);
        Throttle many = on(database, scope, 1000, Clock.systemUTC());
        Throttle few = on(database, scope, 24, Clock.systemUTC());
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> failures = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                failures.add(threads.submit(() -> many.fail("raced")));
            }
            for (Future<?> failure : failures) {
                failure.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(JdbcClient.create(database)
                        .sql("select count(*) from throttle_failure where scope = ? and throttle_key = 'raced'")
                        .param(scope)
                        .query(Long.class)
                        .single())
                .isEqualTo(24);
        assertThat(few.lockedFor("raced")).isEmpty();
        few.fail("raced");
        assertThat(few.lockedFor("raced")).isPresent();
    }

    @Test
    void concurrentFailuresOfOneKeyAreAllCounted() throws Exception {
        concurrentFailuresAreAllCounted(DATABASE);
    }

    @Test
    void aVeryLongKeyIsCountedByItsDigest() {
        String key = "x".repeat(5000);
        for (int i = 0; i < 5; i++) {
            throttle.fail(key);
        }
        assertThat(throttle.lockedFor(key)).isPresent();
        assertThat(throttle.lockedFor("x".repeat(4999))).isEmpty();
    }

    @Test
    void theFifthFailureLocksTheKeyForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            throttle.fail("ana");
        }
        assertThat(throttle.lockedFor("ana")).isEmpty();
        throttle.fail("ana");
        assertThat(throttle.lockedFor("ana")).contains(Duration.ofMinutes(15));
        assertThat(throttle.lockedFor("ben")).isEmpty();
        now = now.plus(Duration.ofMinutes(14));
        assertThat(throttle.lockedFor("ana")).contains(Duration.ofMinutes(1));
        now = now.plus(Duration.ofMinutes(1));
        assertThat(throttle.lockedFor("ana")).isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        for (int i = 0; i < 4; i++) {
            throttle.fail("ana");
        }
        now = now.plus(Duration.ofMinutes(16));
        throttle.fail("ana");
        assertThat(throttle.lockedFor("ana")).isEmpty();
    }

    @Test
    void clearingForgetsFailuresButNotARunningLock() {
        for (int i = 0; i < 4; i++) {
            throttle.fail("ana");
        }
        throttle.clear("ana");
        throttle.fail("ana");
        assertThat(throttle.lockedFor("ana")).isEmpty();
        for (int i = 0; i < 4; i++) {
            throttle.fail("ana");
        }
        throttle.clear("ana");
        assertThat(throttle.lockedFor("ana")).isPresent();
    }
}
