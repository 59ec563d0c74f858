package org.cityscore.system;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** Makes {@link Throttle}s on the app's database and clock (a test may give a clock of its own as a bean). */
@Component
public class Throttles {

    private final JdbcClient jdbc;
    private final PlatformTransactionManager transactions;
    private final Clock clock;

    Throttles(JdbcClient jdbc, PlatformTransactionManager transactions, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Failures of keys in this scope, at most {@code limit} within {@code window}, then a lock for {@code lockout}. */
    public Throttle throttle(String scope, int limit, Duration window, Duration lockout) {
        return new Throttle(scope, limit, window, lockout, clock, jdbc, transactions);
    }
}
