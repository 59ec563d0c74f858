package org.cityscore.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Successful password checks, remembered for a few minutes so that a script calling the API with HTTP Basic does
 * not pay BCrypt (tens of milliseconds of CPU) on every request. Keyed by a salted SHA-256 of username and password,
 * so the memory holds no password; only a check that succeeded is ever remembered. Whatever changes an account (its
 * password, deactivating it) calls {@link #forget}.
 */
@Component
public class SignInCache {

    static final Duration REMEMBERED = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private final byte[] salt = new byte[32];
    private final Clock clock;
    private final Map<String, Remembered> checks = new ConcurrentHashMap<>();

    private record Remembered(UserDetails user, Instant until) {}

    SignInCache(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        new SecureRandom().nextBytes(salt);
    }

    Optional<UserDetails> find(String username, String password) {
        String key = key(username, password);
        Remembered check = checks.get(key);
        if (check == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(check.until())) {
            checks.remove(key, check);
            return Optional.empty();
        }
        return Optional.of(check.user());
    }

    void remember(String username, String password, UserDetails user) {
        if (checks.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            checks.values().removeIf(check -> !now.isBefore(check.until()));
            if (checks.size() >= MAX_ENTRIES) {
                checks.clear();
            }
        }
        checks.put(key(username, password), new Remembered(user, clock.instant().plus(REMEMBERED)));
    }

    /** The next sign-in of this account checks its password again: call it whenever an account changes. */
    public void forget(String username) {
        checks.values().removeIf(check -> check.user().getUsername().equals(username));
    }

    private String key(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            // the username's length first: "a:b" + "c" and "a" + "b:c" are different credentials
            sha.update((username.length() + ":" + username + ":" + password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
