package org.fieldsupport.platform.ops;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A generation: one number that every committed change to a set of tables advances (PostgreSQL deferred constraint
 * triggers, once per transaction, at commit — whichever node, import or hand-written SQL made the change), kept in a
 * one-row table {@code <name>(id = 1, generation)}. Reads that are costly and frequent are kept per node for the
 * generation they were read at ({@link Cache}): every node answers from memory while nothing changed and reads again
 * as soon as anything did — one indexed statement per request, never a stale answer after a commit elsewhere (issue 20;
 * {@code docs/decisions/2026-12-06-read-throughput-s6.md}). A module declares its generation as a bean extending this
 * class, its counter table in a migration and its triggers under {@code db/vendor/postgresql}.
 *
 * <p>Order matters: the generation is read <em>before</em> the data, so data kept under generation {@code g} is at
 * least as new as {@code g} (a change committed in between only makes it newer; the next read sees {@code g + 1} and
 * reloads). Inside a read-write transaction nothing is kept or answered from memory: its own uncommitted changes have
 * not advanced the generation yet.
 *
 * <p>Only on PostgreSQL (the multi-node deployment): the embedded H2 default has no generation triggers (H2 refuses a
 * write from a trigger fired by an auto-commit statement, and a counter in memory would advance before the commit), so
 * there {@link #maintained()} is false and caches load every time.
 */
public class DataGeneration {

    private static final Pattern TABLE = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final JdbcClient jdbc;
    private final boolean maintained;
    private final String currentSql;

    protected DataGeneration(JdbcClient jdbc, DataSource dataSource, String table) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        this.jdbc = jdbc;
        this.maintained = isPostgreSql(dataSource);
        this.currentSql = "SELECT generation FROM " + table + " WHERE id = 1";
    }

    private static boolean isPostgreSql(DataSource dataSource) {
        try (java.sql.Connection c = dataSource.getConnection()) {
            return "PostgreSQL".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    /** Whether the database advances the generation (PostgreSQL); when not, nothing is kept. */
    public boolean maintained() {
        return maintained;
    }

    /** The generation committed now. */
    public long current() {
        return jdbc.sql(currentSql).query(Long.class).single();
    }

    /**
     * Whether reads may be answered from memory now: the generation is maintained and the caller is not inside a
     * read-write transaction (whose own changes are not committed, so not counted yet).
     */
    public boolean usable() {
        return maintained && !(TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly());
    }

    /** A per-node cache of values read at a generation; at most {@code maxEntries} (then emptied). */
    public <K, V> Cache<K, V> cache(int maxEntries) {
        return new Cache<>(this, maxEntries);
    }

    /** Values kept with the generation they were read at. */
    public static final class Cache<K, V> {

        private record Held<V>(long generation, V value) { }

        private final DataGeneration generation;
        private final int maxEntries;
        private final ConcurrentHashMap<K, Held<V>> held = new ConcurrentHashMap<>();

        private Cache(DataGeneration generation, int maxEntries) {
            this.generation = generation;
            this.maxEntries = maxEntries;
        }

        /**
         * The value for {@code key} at the current generation: the one kept when nothing changed since it was read,
         * otherwise {@code load}'s (kept; an exception from {@code load} is not). One statement (the generation).
         */
        public V get(K key, Supplier<V> load) {
            if (!generation.usable()) {
                return load.get();
            }
            return get(generation.current(), key, load);
        }

        /**
         * The value for {@code key} at generation {@code now}, which the caller read with {@link #current()} before
         * any of the data (so that several caches, or several keys, are answered with one generation statement).
         * Callers check {@link DataGeneration#usable()} first.
         */
        public V get(long now, K key, Supplier<V> load) {
            Held<V> h = held.get(key);
            if (h != null && h.generation() == now) {
                return h.value();
            }
            V value = load.get();
            if (held.size() >= maxEntries) held.clear();
            held.put(key, new Held<>(now, value));
            return value;
        }

        /** The value kept for {@code key} at generation {@code now}, or null. */
        public V peek(long now, K key) {
            Held<V> h = held.get(key);
            return h != null && h.generation() == now ? h.value() : null;
        }

        /** Keeps {@code value} for {@code key} as read at generation {@code now}. */
        public void put(long now, K key, V value) {
            if (held.size() >= maxEntries) held.clear();
            held.put(key, new Held<>(now, value));
        }

        public int size() {
            return held.size();
        }
    }
}
