package org.cityscore.system;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a statement that may fail (typically an insert that loses a race on a unique key) so that the surrounding
 * transaction can go on after the failure. H2 carries on after a failed statement; PostgreSQL marks the whole
 * transaction as failed, so the statement runs inside a savepoint, and only that is rolled back.
 */
@Component
public class Savepoint {

    private final TransactionTemplate nested;

    public Savepoint(PlatformTransactionManager transactions) {
        nested = new TransactionTemplate(transactions);
        nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    public <T> T attempt(Supplier<T> statement) {
        return nested.execute(status -> statement.get());
    }
}
