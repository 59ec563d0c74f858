package org.cityscore.system;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.support.JdbcAccessor;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * Makes a database that cannot be used recognisable and recoverable: its SQL errors become
 * {@link DataAccessResourceFailureException} (answered 503 by {@link DatabaseFailureAdvice}), and the pool drops a
 * connection that saw one, so that once the disk has room again new connections reopen the database without a
 * restart (H2 closes a database after an I/O error; its old connections stay closed).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseFailureConfiguration {

    @Bean
    static BeanPostProcessor databaseFailureRecognition() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool) {
                    pool.setExceptionOverride(new EvictOnDatabaseFailure());
                }
                return bean;
            }

            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                // JdbcTemplate (under JdbcClient) and the transaction manager, whose commit is where a full disk shows
                if (bean instanceof JdbcAccessor accessor) {
                    SQLExceptionTranslator usual = accessor.getExceptionTranslator();
                    accessor.setExceptionTranslator((task, sql, e) -> translate(usual, task, sql, e));
                } else if (bean instanceof JdbcTransactionManager transactions) {
                    // A failed commit is rolled back; on a connection the pool has just evicted that fails as well, and
                    // Spring throws the rollback's exception instead of the commit's. A rollback never fails for the
                    // request's sake, only for the connection's or the database's.
                    SQLExceptionTranslator usual = transactions.getExceptionTranslator();
                    transactions.setExceptionTranslator((task, sql, e) -> task.startsWith("JDBC rollback")
                            ? new DataAccessResourceFailureException(task + ": " + e.getMessage(), e)
                            : translate(usual, task, sql, e));
                }
                return bean;
            }
        };
    }

    private static DataAccessException translate(
            SQLExceptionTranslator usual, String task, String sql, SQLException e) {
        return DatabaseFailures.isResourceFailure(e)
                ? new DataAccessResourceFailureException(task + ": " + e.getMessage(), e)
                : usual.translate(task, sql, e);
    }

    /** Hikari evicts on connection errors (SQL state 08…) by itself, but not on H2's "database closed". */
    static final class EvictOnDatabaseFailure implements SQLExceptionOverride {
        @java.lang.Override
        public Override adjudicate(SQLException e) {
            return DatabaseFailures.isResourceFailure(e) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
        }
    }

    @Bean
    FilterRegistrationBean<DatabaseFailureFilter> databaseFailureFilter(DatabaseUnavailable unavailable) {
        FilterRegistrationBean<DatabaseFailureFilter> registration =
                new FilterRegistrationBean<>(new DatabaseFailureFilter(unavailable));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
