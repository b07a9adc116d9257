package org.fieldsupport.organization.attribution.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fieldsupport.organization.attribution.domain.HolderDerivation;
import org.fieldsupport.organization.attribution.domain.TextMatch;
import org.fieldsupport.organization.structure.internal.Tsv;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 10.3: the bulletin's 138 attributions (French text) with our English summaries and
 * keywords, each attached to the unit(s) holding it (derived from the paragraph numbering, refined to the
 * section where the bulletin names it; see {@code organization/bulletin/SOURCE.md}).
 */
@Component
public class AttributionCatalogueMigration implements JavaMigration {

    private static final String LOADER = "system:bulletin";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("10.3");
    }

    @Override
    public String getDescription() {
        return "load bulletin ST SGB 2010 2 attribution catalogue";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        List<HolderDerivation.UnitRef> units = Tsv.read("units.tsv").stream()
                .map(u -> HolderDerivation.UnitRef.of(u.get("code"), u.get("parent"), u.get("paragraphs"))).toList();
        Map<String, Map<String, String>> english = new HashMap<>();
        Tsv.read("attributions-en.tsv").forEach(r -> english.put(r.get("id"), r));
        Map<String, String> refined = new HashMap<>();
        Tsv.read("attribution-holders-refined.tsv").forEach(r -> refined.put(r.get("id"), r.get("unit_code")));
        OffsetDateTime now = OffsetDateTime.now();
        try (PreparedStatement a = c.prepareStatement("""
                INSERT INTO org_attribution (attribution_id, section, owner_module, text_fr, summary_en, keywords_en,
                    keywords_fr, search_text, version, created_by, created_at, modified_by, modified_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""");
             PreparedStatement h = c.prepareStatement(
                     "INSERT INTO org_attribution_holder (attribution_id, unit_code) VALUES (?, ?)")) {
            for (Map<String, String> row : Tsv.read("attributions.tsv")) {
                String id = row.get("id");
                Map<String, String> en = english.get(id);
                if (en == null) throw new IllegalStateException("no English summary for attribution " + id);
                a.setString(1, id);
                a.setString(2, HolderDerivation.paragraphOf(id));
                a.setString(3, row.get("module"));
                a.setString(4, row.get("text_fr"));
                a.setString(5, en.get("summary_en"));
                a.setString(6, en.get("keywords_en"));
                a.setString(7, en.get("keywords_fr"));
                a.setString(8, searchText(id, row.get("text_fr"), en.get("summary_en"), en.get("keywords_en"),
                        en.get("keywords_fr")));
                a.setString(9, LOADER);
                a.setObject(10, now);
                a.setString(11, LOADER);
                a.setObject(12, now);
                a.addBatch();
                List<String> holders = refined.containsKey(id) ? List.of(refined.get(id))
                        : HolderDerivation.holders(id, units);
                for (String unit : holders) {
                    h.setString(1, id);
                    h.setString(2, unit);
                    h.addBatch();
                }
            }
            a.executeBatch();
            h.executeBatch();
        }
    }

    static String searchText(String id, String textFr, String summaryEn, String keywordsEn, String keywordsFr) {
        String all = TextMatch.normalize(String.join(" ", id, textFr, summaryEn,
                keywordsEn == null ? "" : keywordsEn, keywordsFr == null ? "" : keywordsFr));
        return all.length() > 4000 ? all.substring(0, 4000) : all;
    }
}
