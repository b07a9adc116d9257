package org.fieldsupport.platform.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Which failures mean "the database could not be used just then" (503 with Retry-After) — including those met while
 * the database restarts under load (session 7, scripts/reliability/faults.sh db: they answered 500).
 */
class DatabaseUnavailableTests {

    private static final SQLException TERMINATED =
            new SQLException("FATAL: terminating connection due to administrator command", "57P01");
    private static final SQLException CLOSED_BY_POOL = new SQLException("Connection is closed");

    @Test
    void a_connection_the_database_terminated_is_unavailability() {
        assertThat(DatabaseUnavailable.isCause(new DataAccessResourceFailureException("select", TERMINATED))).isTrue();
    }

    @Test
    void a_rollback_failing_on_the_closed_connection_after_the_database_dropped_it_is_unavailability() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed", CLOSED_BY_POOL);
        assertThat(DatabaseUnavailable.isCause(rollback)).as("commit failed, then rollback on the dead connection")
                .isTrue();
        TransactionSystemException overriding = new TransactionSystemException("JDBC rollback failed",
                new SQLException("rollback refused", "XX000"));
        overriding.initApplicationException(new DataAccessResourceFailureException("select", TERMINATED));
        assertThat(DatabaseUnavailable.isCause(overriding)).as("the request's own failure was the lost connection")
                .isTrue();
    }

    @Test
    void a_failure_of_the_request_itself_is_not() {
        assertThat(DatabaseUnavailable.isCause(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new TransactionSystemException("JDBC rollback failed",
                new SQLException("something else")))).isFalse();
        TransactionSystemException overriding = new TransactionSystemException("JDBC rollback failed",
                new SQLException("rollback refused", "XX000"));
        overriding.initApplicationException(new IllegalStateException("a bug"));
        assertThat(DatabaseUnavailable.isCause(overriding)).isFalse();
    }
}
