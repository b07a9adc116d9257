package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, the search index gets its full-text document (a generated {@code tsvector}, language-neutral
 * 'simple' configuration: references, names, English and French words alike) and a GIN index. H2 (the embedded
 * default) has no equivalent; there the kit searches with case-insensitive LIKE on the same columns.
 */
public class V32_5__SearchFullText extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        if (!product.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
            return;
        }
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("ALTER TABLE search_entry ADD COLUMN document tsvector GENERATED ALWAYS AS ("
                    + "to_tsvector('simple', reference || ' ' || title || ' ' || coalesce(body, ''))) STORED");
            s.execute("CREATE INDEX ix_search_entry_document ON search_entry USING GIN (document)");
        }
    }
}
