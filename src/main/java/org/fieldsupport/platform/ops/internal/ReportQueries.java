package org.fieldsupport.platform.ops.internal;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import javax.sql.DataSource;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.fieldsupport.platform.ops.ReportQuery;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link ReportQuery} reads (issue 20, item 4): every marked method runs in a read-only transaction (joining the
 * caller's when one is open); with {@code fsp.datasource.replica.url} set, the application's data source is wrapped so
 * that this transaction's connection comes from the replica ({@link ReplicaRoutingDataSource}).
 * docs/operations.md "Reporting replica", decision record 2026-12-06-inbox-generation-s7.
 */
@Configuration(proxyBeanMethods = false)
class ReportQueries {

    /** Runs before the transaction interceptor (which would otherwise take the connection first). */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor reportQueryAdvisor(ObjectProvider<PlatformTransactionManager> transactions) {
        ComposablePointcut pointcut = new ComposablePointcut(AnnotationMatchingPointcut.forMethodAnnotation(ReportQuery.class))
                .union(new AnnotationMatchingPointcut(ReportQuery.class, true));
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(pointcut, new ReportQueryInterceptor(transactions));
        advisor.setOrder(ORDER);
        return advisor;
    }

    /** The marked method in a read-only transaction of its own, whose connection is asked of the replica. */
    static final class ReportQueryInterceptor implements MethodInterceptor {

        private final ObjectProvider<PlatformTransactionManager> transactions;
        private volatile TransactionTemplate readOnly;

        ReportQueryInterceptor(ObjectProvider<PlatformTransactionManager> transactions) {
            this.transactions = transactions;
        }

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            if (TransactionSynchronizationManager.isActualTransactionActive()) {
                return invocation.proceed(); // the caller's transaction, on the primary: its own writes stay visible
            }
            TransactionTemplate tx = template();
            ReplicaRouting.nextConnectionFromReplica();
            try {
                return tx.execute(status -> {
                    try {
                        return invocation.proceed();
                    } catch (RuntimeException | Error e) {
                        throw e;
                    } catch (Throwable e) {
                        throw new CheckedFromReport(e);
                    }
                });
            } catch (CheckedFromReport e) {
                throw e.getCause();
            } finally {
                ReplicaRouting.clear();
            }
        }

        private TransactionTemplate template() {
            TransactionTemplate t = readOnly;
            if (t == null) {
                t = new TransactionTemplate(transactions.getObject());
                t.setReadOnly(true);
                t.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
                t.setName("report");
                readOnly = t;
            }
            return t;
        }
    }

    private static final class CheckedFromReport extends RuntimeException {
        CheckedFromReport(Throwable cause) {
            super(cause);
        }
    }

    /** With a replica configured: the application's data source becomes the routing one. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "fsp.datasource.replica.url")
    static class Replica {

        @Bean
        static BeanPostProcessor replicaRouting(Environment environment, ObjectProvider<MeterRegistry> meters) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) throws BeansException {
                    if (!"dataSource".equals(name) || !(bean instanceof DataSource primary)
                            || bean instanceof ReplicaRoutingDataSource) {
                        return bean;
                    }
                    return new ReplicaRoutingDataSource(primary, replicaPool(environment),
                            meters.getIfAvailable(io.micrometer.core.instrument.simple.SimpleMeterRegistry::new),
                            duration(environment, "fsp.datasource.replica.retry-after", Duration.ofSeconds(30)));
                }
            };
        }

        /**
         * The replica's pool: {@code fsp.datasource.replica.url}, {@code .username} and {@code .password} (default the
         * primary's), {@code .maximum-pool-size} (10), {@code .connection-timeout} (2 s: a report waits that long for
         * the replica before reading the primary), {@code .retry-after} (30 s: how long reports then go to the primary
         * before the replica is tried again). Starting does not wait for the replica.
         */
        static HikariDataSource replicaPool(Environment env) {
            HikariDataSource pool = new HikariDataSource();
            pool.setPoolName("replica");
            pool.setJdbcUrl(env.getRequiredProperty("fsp.datasource.replica.url"));
            pool.setUsername(env.getProperty("fsp.datasource.replica.username",
                    env.getProperty("spring.datasource.username", "")));
            pool.setPassword(env.getProperty("fsp.datasource.replica.password",
                    env.getProperty("spring.datasource.password", "")));
            pool.setMaximumPoolSize(env.getProperty("fsp.datasource.replica.maximum-pool-size", Integer.class, 10));
            pool.setMinimumIdle(Math.min(2, pool.getMaximumPoolSize()));
            pool.setConnectionTimeout(duration(env, "fsp.datasource.replica.connection-timeout", Duration.ofSeconds(2))
                    .toMillis());
            pool.setReadOnly(true);
            pool.setInitializationFailTimeout(-1);
            return pool;
        }

        static Duration duration(Environment env, String property, Duration otherwise) {
            String value = env.getProperty(property);
            return value == null || value.isBlank() ? otherwise : DurationStyle.detectAndParse(value);
        }
    }
}
