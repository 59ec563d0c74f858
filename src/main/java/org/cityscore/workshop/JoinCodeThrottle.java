package org.cityscore.workshop;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.cityscore.system.Throttle;
import org.cityscore.system.Throttles;
import org.cityscore.system.TooManyAttempts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Wrong join codes per client address: past the limit in 10 minutes, joining from that address is refused (429)
 * for 10 minutes, so that codes cannot be guessed by trying them. Counted in the database, by all nodes together.
 */
@Component
class JoinCodeThrottle {

    private static final Duration WINDOW = Duration.ofMinutes(10);

    private final Throttle addresses;

    JoinCodeThrottle(@Value("${cityscore.join.wrong-codes-per-address:20}") int perAddress, Throttles throttles) {
        this.addresses = throttles.throttle("join-code-address", perAddress, WINDOW, WINDOW);
    }

    /**
     * The groups offered on the join page of a link with a code. The page would otherwise tell whether a code exists
     * without limit: a code that opens no workshop counts as a wrong one, and a locked address is offered no groups.
     */
    List<WorkshopGroup> groupsOffered(
            String address, String code, Function<String, Optional<List<WorkshopGroup>>> groupsForCode) {
        if (code == null || code.isBlank() || addresses.lockedFor(address).isPresent()) {
            return List.of();
        }
        Optional<List<WorkshopGroup>> groups = groupsForCode.apply(code);
        if (groups.isEmpty()) {
            addresses.fail(address);
        }
        return groups.orElse(List.of());
    }

    /** Joins unless this address is locked; a wrong code counts towards the lock. */
    <T> T join(String address, Supplier<T> join) {
        addresses.lockedFor(address).ifPresent(wait -> {
            throw new TooManyAttempts("joinCode", wait, "join.locked");
        });
        try {
            return join.get();
        } catch (WorkshopException e) {
            if (e.text() != null && WorkshopService.WRONG_CODE.equals(e.text().code())) {
                addresses.fail(address);
            }
            throw e;
        }
    }
}
