package org.fieldsupport.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the test's own thread sends while {@link #count} runs (a page view through MockMvc
 * runs on that thread): each {@code prepareStatement}/{@code prepareCall} on a connection, and each SQL text
 * executed on a plain {@code Statement}. A JDBC batch is one statement. Installed by {@link IntegrationTest} as a
 * bean post-processor that wraps the {@link DataSource} bean in a {@link DelegatingDataSource}; outside
 * {@link #count}, and on every other thread, it hands out the pool's connections unchanged.
 */
public class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    /** What ran: the number of statements and their SQL texts, in order. */
    public record Count(int statements, List<String> sql) {

        @Override
        public String toString() {
            return statements + " statements:\n  " + String.join("\n  ", sql);
        }
    }

    public interface Action {
        void run() throws Exception;
    }

    /** Runs {@code action} on this thread and returns the statements it sent. Not reentrant. */
    public static Count count(Action action) throws Exception {
        if (RECORDING.get() != null) {
            throw new IllegalStateException("already counting on this thread");
        }
        List<String> sql = new ArrayList<>();
        RECORDING.set(sql);
        try {
            action.run();
        } finally {
            RECORDING.remove();
        }
        List<String> counted = sql.stream().filter(text -> !isGrantsReload(text)).toList();
        return new Count(counted.size(), counted);
    }

    /**
     * The signed-in user's account and role assignments, read when the grants cache entry is missing or older than
     * its 30-second TTL: whether a view pays for it depends on the clock, not on the view, so it is not counted (a
     * slow CI machine once saw it in one of two otherwise identical views).
     */
    static boolean isGrantsReload(String sql) {
        String text = sql.toLowerCase(java.util.Locale.ROOT);
        return text.contains(" from app_user where username = ?")
                || text.contains(" from role_assignment ra join app_user u on u.id = ra.user_id where ra.user_id = ? order by");
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof Counting)) {
            return new Counting(dataSource);
        }
        return bean;
    }

    static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counted(super.getConnection(username, password));
        }
    }

    private static Connection counted(Connection connection) {
        if (RECORDING.get() == null) {
            return connection;
        }
        return proxy(Connection.class, connection, (name, args) -> {
            List<String> sql = RECORDING.get();
            if (sql != null && (name.equals("prepareStatement") || name.equals("prepareCall"))) {
                sql.add(oneLine((String) args[0]));
            }
        }, result -> result instanceof Statement s && !(result instanceof java.sql.PreparedStatement)
                ? proxy(Statement.class, s, (name, args) -> {
                    List<String> sql = RECORDING.get();
                    if (sql != null && name.startsWith("execute") && args != null && args.length > 0
                            && args[0] instanceof String text) {
                        sql.add(oneLine(text));
                    }
                }, r -> r)
                : result);
    }

    private interface Listener {
        void called(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, T target, Listener listener,
                               java.util.function.UnaryOperator<Object> wrapResult) {
        InvocationHandler handler = (self, method, args) -> {
            switch (method.getName()) {
                case "equals":
                    return self == args[0];
                case "hashCode":
                    return System.identityHashCode(self);
                case "unwrap":
                    if (((Class<?>) args[0]).isInstance(target)) {
                        return target;
                    }
                    break;
                default:
                    break;
            }
            listener.called(method.getName(), args);
            try {
                return wrapResult.apply(method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static String oneLine(String sql) {
        return sql.strip().replaceAll("\\s+", " ");
    }
}
