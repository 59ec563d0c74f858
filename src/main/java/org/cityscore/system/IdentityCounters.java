package org.cityscore.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Moves every identity counter of the embedded H2 database past the rows of its table, after Flyway and before the
 * app serves anyone.
 *
 * <p>H2 keeps an identity's next value in its schema, written ahead in steps ({@code Sequence.getNext} hands out a
 * value and writes the new step outside its lock). Another thread's insert may commit a value of the new step before
 * that write does; a kill in between leaves rows above the counter, and after the restart the next insert into that
 * table collides with one of them: a duplicate key, answered 409, for a request that did nothing wrong. The embedded
 * database is only opened when the app starts, so a check then repairs it. PostgreSQL logs its sequences with the
 * rows and needs none.
 */
@Component
class IdentityCounters implements Callback {

    private static final Logger log = LoggerFactory.getLogger(IdentityCounters.class);

    record Counter(String table, String column, long next) {}

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            repair(context.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check the database's identity counters: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "identity counters";
    }

    /** The counters that were behind their table's rows, each now one past the highest. */
    static List<Counter> repair(Connection connection) throws SQLException {
        List<Counter> moved = new ArrayList<>();
        if (!connection.getMetaData().getDatabaseProductName().equals("H2")) {
            return moved;
        }
        for (Counter counter : counters(connection)) {
            long next = highest(connection, counter) + 1;
            if (counter.next() < next) {
                try (var restart = connection.createStatement()) {
                    restart.execute("ALTER TABLE " + quoted(counter.table()) + " ALTER COLUMN "
                            + quoted(counter.column()) + " RESTART WITH " + next);
                }
                log.warn(
                        "The identity counter of {}.{} was at {}, behind the rows of its table (an unclean stop);"
                                + " it now starts at {}",
                        counter.table(),
                        counter.column(),
                        counter.next(),
                        next);
                moved.add(new Counter(counter.table(), counter.column(), next));
            }
        }
        return moved;
    }

    private static List<Counter> counters(Connection connection) throws SQLException {
        List<Counter> counters = new ArrayList<>();
        try (var query = connection.prepareStatement("""
                        SELECT table_name, column_name, identity_base FROM information_schema.columns
                        WHERE table_schema = SCHEMA() AND is_identity = 'YES'
                        ORDER BY table_name""");
                var rows = query.executeQuery()) {
            while (rows.next()) {
                counters.add(new Counter(rows.getString(1), rows.getString(2), rows.getLong(3)));
            }
        }
        return counters;
    }

    private static long highest(Connection connection, Counter counter) throws SQLException {
        try (var query = connection.createStatement();
                var rows = query.executeQuery(
                        "SELECT COALESCE(MAX(" + quoted(counter.column()) + "), 0) FROM " + quoted(counter.table()))) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
