package org.cityscore.system;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Lets one node at a time do the work of a first start (the first admin, the samples), so that nodes starting
 * together on an empty database do not both do it. The lock is a row lock on a connection of its own, held while the
 * work runs on others; a node that dies while holding it loses its connection and with it the lock.
 */
@Component
public class FirstStartLock {

    private final DataSource dataSource;

    FirstStartLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void holding(Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var lock = connection.prepareStatement(
                    "SELECT name FROM first_start_lock WHERE name = 'first-start' FOR UPDATE")) {
                lock.executeQuery().close();
                work.run();
            } finally {
                connection.commit();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the first-start lock: " + e.getMessage(), e);
        }
    }
}
