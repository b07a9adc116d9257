package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, each search entry carries who may find it as access keys in its own row ({@code permission} and
 * {@code permission|scope} from its {@code search_access} rows, {@code user:name} from {@code search_user_access}),
 * with a GIN index: the search then filters the rows it reads anyway instead of probing the access tables for every
 * match, which made a common word cost seconds on 1 M entries (docs/performance/search.md). The access tables stay the
 * record of access (and H2's filter).
 */
public class V59_1__SearchAccessKeys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        if (!product.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
            return;
        }
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("ALTER TABLE search_entry ADD COLUMN access_keys text[]");
            s.execute("""
                    UPDATE search_entry e SET access_keys = k.keys
                      FROM (SELECT record_type, record_id, array_agg(DISTINCT k) AS keys
                              FROM (SELECT record_type, record_id, permission AS k FROM search_access
                                    UNION ALL SELECT record_type, record_id, permission || '|' || scope FROM search_access
                                    UNION ALL SELECT record_type, record_id, 'user:' || username FROM search_user_access
                                   ) a GROUP BY record_type, record_id) k
                     WHERE k.record_type = e.record_type AND k.record_id = e.record_id""");
            s.execute("CREATE INDEX ix_search_entry_access_keys ON search_entry USING GIN (access_keys)");
            // statistics on the new keys at once, so the planner knows a key held by most entries is no filter worth
            // an index scan (without them it intersects a million-entry bitmap for a one-row reference)
            s.execute("ANALYZE search_entry");
        }
    }
}
