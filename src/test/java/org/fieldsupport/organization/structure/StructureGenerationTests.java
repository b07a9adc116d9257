package org.fieldsupport.organization.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fieldsupport.organization.structure.internal.StructureGeneration;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 20: each node keeps the rich unit read for the structure generation it read it at; any committed change to a
 * structure table — through this node, another node, an import or SQL by hand — advances the generation, so the next
 * read on every node shows it.
 */
@IntegrationTest
@WithMockUser(username = "org.reader")
class StructureGenerationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired StructureGeneration generation;
    @Autowired org.fieldsupport.platform.security.UserDirectory directory;

    @org.junit.jupiter.api.BeforeEach
    void a_reader_exists() {
        org.fieldsupport.support.StaffReaders.ensure(directory, "org.reader");
    }

    /** A statement (committed, outside the application's services) that changes one row of each structure table. */
    private static final Map<String, String> ONE_ROW_CHANGES = new LinkedHashMap<>();
    static {
        for (String table : new String[] {"org_unit", "org_person", "org_position", "org_incumbency",
                "org_reporting_line", "org_relation", "org_external_entity", "org_acting_arrangement"}) {
            ONE_ROW_CHANGES.put(table, "UPDATE " + table + " SET version = version WHERE id = (SELECT MIN(id) FROM "
                    + table + ")");
        }
        ONE_ROW_CHANGES.put("org_attribution_holder", "UPDATE org_attribution_holder SET unit_code = unit_code "
                + "WHERE attribution_id = (SELECT MIN(attribution_id) FROM org_attribution_holder)");
    }

    @Test
    void a_committed_change_to_any_structure_table_advances_the_generation() {
        if (!generation.maintained()) { // embedded H2: no triggers, nothing kept (the next test shows reads fresh)
            long g = generation.current();
            jdbc.sql(ONE_ROW_CHANGES.get("org_unit")).update();
            assertThat(generation.current()).isEqualTo(g);
            return;
        }
        ONE_ROW_CHANGES.forEach((table, change) -> {
            if (jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single() == 0) {
                jdbc.sql(seed(table)).update();
            }
            long before = generation.current();
            assertThat(jdbc.sql(change).update()).as(table + " rows changed").isPositive();
            assertThat(generation.current()).as("generation after a change to " + table).isGreaterThan(before);
        });
        long quiet = generation.current();
        jdbc.sql("SELECT COUNT(*) FROM org_unit").query(Long.class).single();
        jdbc.sql("UPDATE org_mission SET version = version WHERE id = (SELECT MIN(id) FROM org_mission)").update();
        assertThat(generation.current()).as("reads and other tables leave it").isEqualTo(quiet);
    }

    @Test
    void the_unit_read_shows_a_change_committed_elsewhere_at_once() throws Exception {
        String name = jdbc.sql("SELECT name_en FROM org_unit WHERE code = 'DFS-SUPS' AND valid_to IS NULL")
                .query(String.class).single();
        mvc.perform(get("/api/v1/organization/units/DFS-SUPS")).andExpect(status().isOk())
                .andExpect(jsonPath("$.unit.nameEn").value(name));
        String etag = mvc.perform(get("/api/v1/organization/units/DFS-SUPS")).andExpect(status().isOk())
                .andExpect(jsonPath("$.unit.nameEn").value(name))
                .andReturn().getResponse().getHeader("ETag");
        try {
            // another node (or an operator) renames the unit: this node's services see nothing of it
            jdbc.sql("UPDATE org_unit SET name_en = 'Supply Section (renamed elsewhere)', version = version + 1 "
                    + "WHERE code = 'DFS-SUPS' AND valid_to IS NULL").update();
            mvc.perform(get("/api/v1/organization/units/DFS-SUPS")).andExpect(status().isOk())
                    .andExpect(jsonPath("$.unit.nameEn").value("Supply Section (renamed elsewhere)"))
                    .andExpect(header().string("ETag", org.hamcrest.Matchers.not(etag)));
            // a new head of the section's parent shows in the chain of the section
            jdbc.sql("UPDATE org_position SET title_en = 'Chief (retitled elsewhere)' WHERE code = 'DFS-SUPS-HEAD'")
                    .update();
            mvc.perform(get("/api/v1/organization/units/DFS-SUPS"))
                    .andExpect(jsonPath("$.head.titleEn").value("Chief (retitled elsewhere)"));
        } finally {
            jdbc.sql("UPDATE org_unit SET name_en = :n WHERE code = 'DFS-SUPS' AND valid_to IS NULL")
                    .param("n", name).update();
            jdbc.sql("UPDATE org_position SET title_en = 'Chief, Supply Section' WHERE code = 'DFS-SUPS-HEAD'").update();
        }
        mvc.perform(get("/api/v1/organization/units/DFS-SUPS")).andExpect(jsonPath("$.unit.nameEn").value(name));
    }

    @Test
    void a_unit_read_again_while_nothing_changed_costs_the_generation_check_alone() throws Exception {
        mvc.perform(get("/api/v1/organization/units/DFS-MCMS")).andExpect(status().isOk());
        org.fieldsupport.support.StatementCounter.Count again = org.fieldsupport.support.StatementCounter.count(
                () -> mvc.perform(get("/api/v1/organization/units/DFS-MCMS")).andExpect(status().isOk())
                        .andExpect(jsonPath("$.head.code").value("DFS-MCMS-HEAD")));
        if (generation.maintained()) {
            assertThat(again.sql()).as(again.toString()).containsExactly(
                    "SELECT generation FROM org_structure_generation WHERE id = 1");
        } else { // embedded H2: computed every time (the unit, its head, chain, lines, relations, ancestors, …)
            assertThat(again.statements()).as(again.toString()).isGreaterThan(5);
        }
    }

    @Test
    void an_unknown_unit_is_still_404_and_a_day_has_its_own_answer() throws Exception {
        mvc.perform(get("/api/v1/organization/units/NO-SUCH-UNIT")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organization/units/NO-SUCH-UNIT")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organization/units/DFS-SUPS").param("asOf", "2009-01-01"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organization/units/DFS-SUPS").param("asOf", "2012-01-01"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unit.code").value("DFS-SUPS"));
    }

    private static String seed(String table) {
        return switch (table) {
            case "org_acting_arrangement" -> "INSERT INTO org_acting_arrangement (position_code, acting_person_id, "
                    + "valid_from, valid_to, reason, cancelled, version, created_by, created_at) SELECT 'DFS-SUPS-HEAD', "
                    + "MIN(id), DATE '2001-01-01', DATE '2001-01-02', 'generation test', TRUE, 0, 'test', "
                    + "CURRENT_TIMESTAMP FROM org_person";
            default -> throw new IllegalStateException(table + " has no row to change");
        };
    }
}
