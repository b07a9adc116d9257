package org.fieldsupport.platform.ops.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.util.UUID;
import javax.sql.DataSource;
import org.fieldsupport.platform.ops.ReportQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 20, item 4: a {@link ReportQuery} read takes its connection from the replica, everything else from the primary;
 * inside an open transaction a report joins it on the primary; a write in a new transaction inside a report goes to
 * the primary; an unreachable replica sends the report to the primary, counted. Two databases that say which one they
 * are (H2 in memory, so on both legs of the suite); the real streaming replica is checked by
 * {@code scripts/reliability/replica.sh} (docs/reliability.md).
 */
class ReportQueriesTests {

    private DataSource primary;
    private HikariDataSource replica;
    private ReplicaRoutingDataSource routing;
    private SimpleMeterRegistry meters;
    private PlatformTransactionManager transactions;
    private Reports reports;
    private java.util.concurrent.atomic.AtomicInteger replicaAsked;

    /** A bean with report reads, as modules declare them. */
    public static class Reports {
        private final JdbcClient jdbc;
        private final TransactionTemplate requiresNew;

        public Reports(JdbcClient jdbc, PlatformTransactionManager transactions) {
            this.jdbc = jdbc;
            this.requiresNew = new TransactionTemplate(transactions);
            this.requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        }

        String which() {
            return jdbc.sql("SELECT name FROM which_database").query(String.class).single();
        }

        @ReportQuery
        public String report() {
            return which() + "," + which(); // both statements on the report's one connection
        }

        @ReportQuery
        public String reportThatLogs() {
            String logged = requiresNew.execute(s -> which());
            return which() + "," + logged;
        }

        public String screen() {
            return which();
        }

        @ReportQuery
        public String failing() throws IOException {
            throw new IOException("checked, from the report");
        }
    }

    private static DataSource h2(String name) {
        DriverManagerDataSource ds = new DriverManagerDataSource("jdbc:h2:mem:" + name + "-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1", "sa", "");
        JdbcClient.create(ds).sql("CREATE TABLE which_database (name VARCHAR(20))").update();
        JdbcClient.create(ds).sql("INSERT INTO which_database VALUES ('" + name + "')").update();
        return ds;
    }

    @BeforeEach
    void two_databases() {
        primary = h2("primary");
        DataSource replicaDb = h2("replica");
        replica = new HikariDataSource();
        replica.setDataSource(replicaDb);
        replica.setConnectionTimeout(250);
        replica.setInitializationFailTimeout(-1);
        meters = new SimpleMeterRegistry();
        replicaAsked = new java.util.concurrent.atomic.AtomicInteger();
        DataSource counted = new org.springframework.jdbc.datasource.DelegatingDataSource(replica) {
            @Override
            public java.sql.Connection getConnection() throws java.sql.SQLException {
                replicaAsked.incrementAndGet();
                return super.getConnection();
            }
        };
        routing = new ReplicaRoutingDataSource(primary, counted, meters, java.time.Duration.ofSeconds(30));
        transactions = new DataSourceTransactionManager(routing);
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("transactionManager", transactions);
        Advisor advisor = ReportQueries.reportQueryAdvisor(beans.getBeanProvider(PlatformTransactionManager.class));
        ProxyFactory proxy = new ProxyFactory(new Reports(JdbcClient.create(routing), transactions));
        proxy.setProxyTargetClass(true);
        proxy.addAdvisor(advisor);
        reports = (Reports) proxy.getProxy();
    }

    @AfterEach
    void close() throws Exception {
        routing.close();
    }

    private double count(String source) {
        return meters.get("fsp.reports.reads").tag("source", source).counter().count();
    }

    @Test
    void a_report_read_is_answered_by_the_replica_and_everything_else_by_the_primary() {
        assertThat(reports.report()).isEqualTo("replica,replica");
        assertThat(reports.screen()).isEqualTo("primary");
        assertThat(reports.report()).isEqualTo("replica,replica");
        assertThat(count("replica")).isEqualTo(2);
    }

    @Test
    void inside_an_open_transaction_a_report_joins_it_on_the_primary() {
        TransactionTemplate write = new TransactionTemplate(transactions);
        String answered = write.execute(s -> reports.report());
        assertThat(answered).isEqualTo("primary,primary");
        assertThat(count("replica")).isZero();
    }

    @Test
    void a_new_transaction_opened_inside_a_report_is_the_primarys() {
        assertThat(reports.reportThatLogs()).isEqualTo("replica,primary");
    }

    @Test
    void the_replica_unreachable_sends_reports_to_the_primary_counted_and_is_left_alone_a_while() {
        replica.close();
        assertThat(reports.report()).isEqualTo("primary,primary");
        assertThat(count("primary-fallback")).isEqualTo(1);
        assertThat(replicaAsked).hasValue(1);
        assertThat(reports.screen()).isEqualTo("primary");
        // the next reports do not wait for the replica again within retry-after
        assertThat(reports.report()).isEqualTo("primary,primary");
        assertThat(count("primary-fallback")).isEqualTo(2);
        assertThat(replicaAsked).hasValue(1);
    }

    @Test
    void a_checked_exception_of_a_report_reaches_its_caller_unchanged_and_routing_is_forgotten() {
        assertThatThrownBy(() -> reports.failing()).isInstanceOf(IOException.class).hasMessage("checked, from the report");
        assertThat(ReplicaRouting.take()).isFalse();
        assertThat(reports.screen()).isEqualTo("primary");
    }

    @Test
    void the_replica_pool_follows_its_properties_and_is_read_only() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("fsp.datasource.replica.url", "jdbc:h2:mem:none")
                .withProperty("spring.datasource.username", "app")
                .withProperty("fsp.datasource.replica.maximum-pool-size", "4")
                .withProperty("fsp.datasource.replica.connection-timeout", "1500ms")
                .withProperty("fsp.datasource.replica.retry-after", "5s");
        assertThat(ReportQueries.Replica.duration(env, "fsp.datasource.replica.retry-after", java.time.Duration.ZERO))
                .hasSeconds(5);
        try (HikariDataSource pool = ReportQueries.Replica.replicaPool(env)) {
            assertThat(pool.getJdbcUrl()).isEqualTo("jdbc:h2:mem:none");
            assertThat(pool.getUsername()).isEqualTo("app");
            assertThat(pool.getMaximumPoolSize()).isEqualTo(4);
            assertThat(pool.getConnectionTimeout()).isEqualTo(1500);
            assertThat(pool.isReadOnly()).isTrue();
        }
    }
}
