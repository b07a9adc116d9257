package org.fieldsupport.platform.api.internal;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means "the database could not be used just now" rather than a fault in the request or the code:
 * the connection pool's wait ran out (every connection busy), or the database is down or restarting. Such a request
 * wrote nothing (no connection, no transaction), so the answer is 503 with {@code Retry-After}, never 500
 * (issue 20: at 256 users the pool's 5 s wait ran out and the reads answered 500). A request whose connection the
 * database dropped mid-way (a restart) was rolled back by the database; were its commit to have reached the database
 * just before, the retry with its {@code Idempotency-Key} replays the first answer — so 503 again (session 7: such
 * requests answered 500 while the database restarted under load).
 */
public final class DatabaseUnavailable {

    /** Seconds a client should wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 2;

    private DatabaseUnavailable() {
    }

    public static boolean isCause(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof DataAccessResourceFailureException && t.getCause() instanceof SQLException sql
                    && connectionLost(sql.getSQLState())) {
                return true;
            }
            if (t instanceof SQLException sql && (connectionLost(sql.getSQLState()) || closedByPool(sql))) {
                return true;
            }
            // the database went away mid-transaction: the rollback failed on the dead connection and replaced the
            // request's own failure (kept as the "application exception"), itself a lost connection
            if (t instanceof TransactionSystemException tse && tse.getApplicationException() != null
                    && tse.getApplicationException() != failure && isCause(tse.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    /**
     * HikariCP's answer on a connection it already closed as broken (it gives no SQL state): what a commit or rollback
     * meets after the database dropped the connection mid-request (seen when the database restarted under load).
     */
    static boolean closedByPool(SQLException sql) {
        return sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage());
    }

    /**
     * SQL states of a lost or refused connection: class 08 (connection exception), 57P01 (administrator shut the
     * server down), 57P02 (crash shutdown), 57P03 (the server cannot accept connections yet).
     */
    static boolean connectionLost(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57P01")
                || sqlState.equals("57P02") || sqlState.equals("57P03"));
    }
}
