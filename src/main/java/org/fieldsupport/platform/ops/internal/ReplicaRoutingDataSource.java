package org.fieldsupport.platform.ops.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source when a reporting replica is configured: the primary for everything, except the one
 * connection a {@link org.fieldsupport.platform.ops.ReportQuery} read asks for, which comes from the replica — or from
 * the primary when the replica cannot give one (logged at most once a minute, counted). After a failure the replica is
 * left alone for {@code retryAfter} (reports then go straight to the primary instead of each waiting for the replica's
 * connection timeout), then tried again.
 */
class ReplicaRoutingDataSource extends DelegatingDataSource implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReplicaRoutingDataSource.class);

    private final DataSource replica;
    private final Counter fromReplica;
    private final Counter fellBack;
    private final AtomicReference<Instant> lastWarning = new AtomicReference<>(Instant.EPOCH);
    private final Duration retryAfter;
    private volatile long replicaLeftAloneUntil;

    ReplicaRoutingDataSource(DataSource primary, DataSource replica, MeterRegistry meters, Duration retryAfter) {
        super(primary);
        this.replica = replica;
        this.retryAfter = retryAfter;
        this.replicaLeftAloneUntil = System.nanoTime(); // (nanoTime may be negative: compare differences only)
        this.fromReplica = Counter.builder("fsp.reports.reads").tag("source", "replica")
                .description("Report reads (@ReportQuery) by the data source that answered").register(meters);
        this.fellBack = Counter.builder("fsp.reports.reads").tag("source", "primary-fallback")
                .description("Report reads (@ReportQuery) by the data source that answered").register(meters);
    }

    DataSource replica() {
        return replica;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (ReplicaRouting.take()) {
            if (System.nanoTime() - replicaLeftAloneUntil < 0) {
                fellBack.increment();
                return super.getConnection();
            }
            try {
                Connection c = replica.getConnection();
                fromReplica.increment();
                return c;
            } catch (SQLException e) {
                replicaLeftAloneUntil = System.nanoTime() + retryAfter.toNanos();
                fellBack.increment();
                warn(e);
            }
        }
        return super.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        ReplicaRouting.clear();
        return super.getConnection(username, password);
    }

    private void warn(SQLException e) {
        Instant now = Instant.now();
        Instant last = lastWarning.get();
        if (Duration.between(last, now).toSeconds() >= 60 && lastWarning.compareAndSet(last, now)) {
            log.warn("Reporting replica unavailable, report reads go to the primary: {}", e.getMessage());
        }
    }

    @Override
    public void close() throws Exception {
        try {
            if (replica instanceof AutoCloseable closeable) {
                closeable.close();
            }
        } finally {
            if (getTargetDataSource() instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }
}
