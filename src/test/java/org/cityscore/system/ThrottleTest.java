package org.cityscore.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Failures in a sliding window lock a key for a while; the lock and old failures pass with time. */
class ThrottleTest {

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
    private final Throttle throttle = new Throttle(5, Duration.ofMinutes(15), Duration.ofMinutes(15), clock);

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
