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
import org.springframework.stereotype.Component;

/**
 * Successful password checks, remembered for a few minutes so that a script calling the API with HTTP Basic does
 * not pay BCrypt (tens of milliseconds of CPU) on every request. Keyed by a salted SHA-256 of username and password,
 * so the memory holds no password; only a check that succeeded is ever remembered. With it, the account's password
 * hash as it was then (its salted SHA-256 again): {@link TrainerSignIn} reads the account at each use (one cheap
 * query instead of BCrypt) and trusts the check only while the hash is the same and the account active, so that a
 * password changed or an account deactivated on another node of a cluster is refused at once here too. Whatever
 * changes an account on this node calls {@link #forget} as well.
 */
@Component
public class SignInCache {

    static final Duration REMEMBERED = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private final byte[] salt = new byte[32];
    private final Clock clock;
    private final Map<String, Remembered> checks = new ConcurrentHashMap<>();

    private record Remembered(String username, String passwordHash, Instant until) {}

    SignInCache(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        new SecureRandom().nextBytes(salt);
    }

    /** Whether these credentials succeeded a moment ago (then {@link #matches} tells whether that still holds). */
    boolean known(String username, String password) {
        return find(username, password).isPresent();
    }

    /** Whether these credentials succeeded a moment ago while the account's password hash was this one. */
    boolean matches(String username, String password, String passwordHash) {
        return find(username, password)
                .filter(remembered -> remembered.equals(digest(passwordHash)))
                .isPresent();
    }

    private Optional<String> find(String username, String password) {
        String key = key(username, password);
        Remembered check = checks.get(key);
        if (check == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(check.until())) {
            checks.remove(key, check);
            return Optional.empty();
        }
        return Optional.of(check.passwordHash());
    }

    void remember(String username, String password, String passwordHash) {
        if (checks.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            checks.values().removeIf(check -> !now.isBefore(check.until()));
            if (checks.size() >= MAX_ENTRIES) {
                checks.clear();
            }
        }
        checks.put(
                key(username, password),
                new Remembered(username, digest(passwordHash), clock.instant().plus(REMEMBERED)));
    }

    /** The next sign-in of this account checks its password again: call it whenever an account changes. */
    public void forget(String username) {
        checks.values().removeIf(check -> check.username().equals(username));
    }

    private String key(String username, String password) {
        // the username's length first: "a:b" + "c" and "a" + "b:c" are different credentials
        return digest(username.length() + ":" + username + ":" + password);
    }

    private String digest(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update((text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
