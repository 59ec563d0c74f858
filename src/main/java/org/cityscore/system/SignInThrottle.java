package org.cityscore.system;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins (the form and HTTP Basic alike), counted per username and per client address (as Tomcat sees it,
 * behind a trusted proxy the forwarded one): past the limits, both are refused for 15 minutes, even with the right
 * password, so that guessing costs an attacker time and this server no CPU. Counted in the database: by all nodes together.
 */
@Component
class SignInThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Throttle usernames;
    private final Throttle addresses;

    SignInThrottle(
            @Value("${cityscore.sign-in.failures-per-username:5}") int perUsername,
            @Value("${cityscore.sign-in.failures-per-address:20}") int perAddress,
            Throttles throttles) {
        this.usernames = throttles.throttle("sign-in-username", perUsername, WINDOW, WINDOW);
        this.addresses = throttles.throttle("sign-in-address", perAddress, WINDOW, WINDOW);
    }

    /** How long a sign-in as this username from this address is still refused; empty when it may try. */
    Optional<Duration> lockedFor(String username, String address) {
        Optional<Duration> user = usernames.lockedFor(key(username));
        Optional<Duration> from = addresses.lockedFor(address);
        return user.isEmpty()
                ? from
                : from.isEmpty() ? user : Optional.of(user.get().compareTo(from.get()) > 0 ? user.get() : from.get());
    }

    void failed(String username, String address) {
        usernames.fail(key(username));
        addresses.fail(address);
    }

    /** The owner of the account signed in: earlier wrong guesses at it no longer count (the address's still do). */
    void succeeded(String username) {
        usernames.clear(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
