package org.cityscore.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failures per key (a username, an address) in a sliding window; at the limit the key is refused for the
 * lockout, whatever it tries. In memory: each node of a cluster counts on its own. The clock is given, so that
 * tests need not wait.
 */
public final class Throttle {

    /** Beyond this many keys, those whose failures are all old are dropped; a flood of new keys clears the rest. */
    private static final int MAX_KEYS = 50_000;

    private final int limit;
    private final Duration window;
    private final Duration lockout;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public Throttle(int limit, Duration window, Duration lockout, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.lockout = lockout;
        this.clock = clock;
    }

    /** How long this key is still refused; empty when it may try. */
    public Optional<Duration> lockedFor(String key) {
        Failures entry = failures.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        synchronized (entry) {
            Instant now = clock.instant();
            if (entry.lockedUntil != null && now.isBefore(entry.lockedUntil)) {
                return Optional.of(Duration.between(now, entry.lockedUntil));
            }
            return Optional.empty();
        }
    }

    /** One more failure for this key; the one that reaches the limit starts the lockout. */
    public void fail(String key) {
        if (failures.size() >= MAX_KEYS && !failures.containsKey(key)) {
            forgetOld();
        }
        Failures entry = failures.computeIfAbsent(key, k -> new Failures());
        synchronized (entry) {
            Instant now = clock.instant();
            entry.dropBefore(now.minus(window));
            entry.times.addLast(now);
            if (entry.times.size() >= limit) {
                entry.lockedUntil = now.plus(lockout);
                entry.times.clear();
            }
        }
    }

    /** Forgets this key's failures (not a running lockout). */
    public void clear(String key) {
        failures.computeIfPresent(key, (k, entry) -> {
            synchronized (entry) {
                entry.times.clear();
                return entry.lockedUntil == null || !clock.instant().isBefore(entry.lockedUntil) ? null : entry;
            }
        });
    }

    private void forgetOld() {
        Instant now = clock.instant();
        failures.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                e.getValue().dropBefore(now.minus(window));
                return e.getValue().times.isEmpty()
                        && (e.getValue().lockedUntil == null || !now.isBefore(e.getValue().lockedUntil));
            }
        });
        if (failures.size() >= MAX_KEYS) {
            failures.clear();
        }
    }

    private static final class Failures {
        private final Deque<Instant> times = new ArrayDeque<>();
        private Instant lockedUntil;

        private void dropBefore(Instant start) {
            while (!times.isEmpty() && times.peekFirst().isBefore(start)) {
                times.removeFirst();
            }
        }
    }
}
