package org.fieldsupport.organization.structure.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The organisation structure's generation: a number every committed change to a structure table advances (database
 * triggers, V10_6/V33_5), whichever node, import or hand-written SQL made it. Rich structure reads are kept per node
 * for the generation they were read at ({@link #cache}), so every node answers from memory while nothing changed and
 * reads again as soon as anything did: one indexed statement per request instead of the ten the unit detail needs
 * (issue 20), and never a stale answer after a change committed elsewhere.
 *
 * <p>Order matters: the generation is read <em>before</em> the data, so data stored under generation {@code g} is at
 * least as new as {@code g} (a change committed in between only makes it newer, and the next read sees {@code g + 1}
 * and reloads).
 *
 * <p>Only on PostgreSQL (the multi-node deployment): the embedded H2 default has no generation triggers (H2 refuses a
 * write from a trigger fired by an auto-commit statement, and a counter in memory would be advanced before the commit),
 * so there {@link #maintained()} is false and caches load every time.
 */
@Component
public class StructureGeneration {

    private final JdbcClient jdbc;
    private final boolean maintained;

    StructureGeneration(JdbcClient jdbc, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.maintained = isPostgreSql(dataSource);
    }

    private static boolean isPostgreSql(javax.sql.DataSource dataSource) {
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
        return jdbc.sql("SELECT generation FROM org_structure_generation WHERE id = 1").query(Long.class).single();
    }

    /** A per-node cache of values read at a generation; at most {@code maxEntries} (then emptied). */
    public <K, V> Cache<K, V> cache(int maxEntries) {
        return new Cache<>(this, maxEntries);
    }

    /** Values kept with the generation they were read at. */
    public static final class Cache<K, V> {

        private record Held<V>(long generation, V value) { }

        private final StructureGeneration generation;
        private final int maxEntries;
        private final ConcurrentHashMap<K, Held<V>> held = new ConcurrentHashMap<>();

        private Cache(StructureGeneration generation, int maxEntries) {
            this.generation = generation;
            this.maxEntries = maxEntries;
        }

        /**
         * The value for {@code key} at the current generation: the one kept when nothing changed since it was read,
         * otherwise {@code load}'s (kept; an exception from {@code load} is not).
         */
        public V get(K key, Supplier<V> load) {
            if (!generation.maintained()) {
                return load.get();
            }
            long now = generation.current();
            Held<V> h = held.get(key);
            if (h != null && h.generation() == now) {
                return h.value();
            }
            V value = load.get();
            if (held.size() >= maxEntries) held.clear();
            held.put(key, new Held<>(now, value));
            return value;
        }

        int size() {
            return held.size();
        }
    }
}
